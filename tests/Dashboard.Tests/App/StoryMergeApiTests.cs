using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Storage;
using Dashboard.Tests.Ingestion;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.App;

/// <summary>
/// Two halves of one event that started as two stories become one when an article ties them: the older id is kept,
/// the other id redirects (API 308, stored redirect), and every stored row moves.
/// </summary>
public sealed class StoryMergeApiTests : IAsyncLifetime
{
    private static readonly (string, string, string, string) Deal = ("M1", "Chiquita to merge with Irish produce company Fyffes", "Reuters", "https://www.reuters.com");
    private static readonly (string, string, string, string) Banana = ("M2", "New deal creates world's largest banana supplier", "CNN", "https://www.cnn.com");
    private static readonly (string, string, string, string) Bridge = ("M3", "Chiquita merges with Fyffes to form world's largest banana supplier", "BBC", "https://www.bbc.com");
    private static readonly (string, string, string, string)[] Background =
    [
        ("B1", "Xi outlines China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("B2", "Ne Zha-Transformers collaboration set to air as US-China frictions ease", "South China Morning Post", "https://www.scmp.com"),
        ("B3", "US lab unveils fully open AI models in challenge to China's dominance", "South China Morning Post", "https://www.scmp.com"),
    ];

    private LoopbackApp _loopback = null!;

    public async Task InitializeAsync()
    {
        _loopback = await LoopbackApp.StartAsync(server =>
        {
            server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss([.. Background, Deal, Banana]));
            return [TestCatalog.Feed("gn", server.Url("/gn.xml"))];
        });
        (await _loopback.Client.PostAsync("/api/feeds/gn/refresh", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Refresh_ArticleTyingTwoStories_MergesIntoOlderAndRedirectsTheOther()
    {
        var (deal, banana) = (await StoryOfAsync("gn:M1"), await StoryOfAsync("gn:M2"));
        Assert.NotEqual(deal, banana);

        _loopback.Server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss([.. Background, Deal, Banana, Bridge]));
        (await _loopback.Client.PostAsync("/api/feeds/gn/refresh", null)).EnsureSuccessStatusCode();

        var kept = Math.Min(deal, banana);
        var gone = Math.Max(deal, banana);
        Assert.Equal([kept, kept, kept], [await StoryOfAsync("gn:M1"), await StoryOfAsync("gn:M2"), await StoryOfAsync("gn:M3")]);
        await using (var db = await Db())
        {
            Assert.Equal(kept, (await db.StoryRedirects.SingleAsync(r => r.FromStoryId == gone)).ToStoryId);
            Assert.Equal(0, await db.ArticleTopics.CountAsync(t => t.StoryId == gone));
        }

        using var noFollow = _loopback.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var redirect = await noFollow.GetAsync($"/api/stories/{gone}");
        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal($"/api/stories/{kept}", redirect.Headers.Location?.OriginalString);
        var story = await _loopback.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{gone}");
        Assert.Equal(kept, story.GetProperty("story").GetProperty("id").GetInt64());
        Assert.Equal(3, story.GetProperty("articles").GetArrayLength());
    }

    private async Task<long> StoryOfAsync(string dedupeKey)
    {
        await using var db = await Db();
        return (await db.Articles.SingleAsync(a => a.DedupeKey == dedupeKey)).StoryId ?? throw new InvalidOperationException(dedupeKey + " has no story");
    }

    private Task<DashboardDbContext> Db() =>
        _loopback.Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

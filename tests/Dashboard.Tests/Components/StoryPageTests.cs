using Bunit;
using Dashboard.Components.Pages;
using Dashboard.Configuration;
using Dashboard.Live;
using Dashboard.Stories;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Stories;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Components;

/// <summary>The story page over a real SQLite file: the blindspot rule's verdict in words near the top, blindspot or not.</summary>
public sealed class StoryPageTests : IAsyncLifetime
{
    private readonly ComponentContext _ui = new();
    private readonly TestDatabase _database = new();

    private static readonly DateTime Nine = Utc("2025-11-24T09:00:00Z");

    private async Task<IRenderedComponent<StoryPage>> RenderAsync(params (long, string, DateTime)[] articles)
    {
        var contexts = await StoryTestData.WriteAsync(_database, 1, articles);
        _ui.Services.Configure<DashboardOptions>(o => o.Feeds =
        [
            new() { Id = "us-a", Name = "US A", Url = "http://127.0.0.1/a", Perspective = "us" },
            new() { Id = "cn-a", Name = "China A", Url = "http://127.0.0.1/c", Perspective = "china" },
        ]);
        _ui.Services.AddSingleton(contexts);
        _ui.Services.AddSingleton<StoryQueries>();
        _ui.Services.AddSingleton<StoryRedirects>();
        _ui.Services.AddSingleton<ArticleNotifier>();
        return _ui.Render<StoryPage>(p => p.Add(s => s.Id, 1L));
    }

    [Fact]
    public async Task StoryPage_OneSidedStory_ShowsBlindspotVerdict()
    {
        var page = await RenderAsync([.. Enumerable.Range(0, 4).Select(i => ((long)i + 1, "us", Nine.AddMinutes(10 * i)))]);

        page.WaitForAssertion(() => Assert.Equal(
            "Blindspot: covered by United States (4 articles), China 0 of 4 (0 %) although China's feeds were working during the story",
            page.Find("[data-blindspot-verdict]").Text()));
        Assert.Equal("Blindspot", page.Find("[data-blindspot-verdict]").GetAttribute("data-blindspot-verdict"));
        // Near the top: before the story's article columns.
        Assert.Contains("data-blindspot-verdict", page.Markup[..page.Markup.IndexOf("story-columns", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task StoryPage_BothSidesCovered_ShowsWhyNotABlindspot()
    {
        var page = await RenderAsync((1, "us", Nine), (2, "us", Nine.AddMinutes(5)), (3, "china", Nine.AddMinutes(20)), (4, "china", Nine.AddMinutes(30)));

        page.WaitForAssertion(() => Assert.Equal("Not a blindspot: both sides covered it (United States 2, China 2)",
            page.Find("[data-blindspot-verdict]").Text()));
        Assert.Equal("BothCovered", page.Find("[data-blindspot-verdict]").GetAttribute("data-blindspot-verdict"));
        Assert.Empty(page.FindAll(".blindspot"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _ui.DisposeAsync();
        _database.Dispose();
    }
}

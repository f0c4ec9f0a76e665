using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Tests.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.App;

/// <summary>The running app loads its search window in the background and keeps it current as refreshes commit.</summary>
public sealed class SearchWindowAppTests : IAsyncLifetime
{
    private LoopbackApp _loopback = null!;

    public async Task InitializeAsync() => _loopback = await LoopbackApp.StartAsync(server =>
    {
        // Dated now, so the articles fall inside the window (the catalog's items are a year old).
        server.MapContent("/now.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems)
            .Replace("Mon, 24 Nov 2025 08:30:00 GMT", DateTime.UtcNow.AddMinutes(-5).ToString("R"), StringComparison.Ordinal));
        return [TestCatalog.Feed("now", server.Url("/now.xml"))];
    });

    [Fact]
    public async Task Refresh_AfterStartUp_ArticlesSearchedInTheWindow()
    {
        var client = _loopback.Client;
        var window = _loopback.Factory.Services.GetRequiredService<SearchWindow>();
        for (var i = 0; i < 150 && !window.IsReady; i++) await Task.Delay(100);
        Assert.True(window.IsReady, "the search window did not load within 15 s of start-up");

        var refresh = await client.PostAsync("/api/feeds/now/refresh", null);
        refresh.EnsureSuccessStatusCode();

        Assert.Equal(3, window.All().Count());
        Assert.All(window.All(), a => Assert.NotNull(a.StoryId));
        var view = new ViewFilter { Topic = "us-china", Range = TimeRange.Preset("24h"), Query = "trump" };
        Assert.NotNull(new OverviewSql(view, DateTime.UtcNow, window: window).Window);
        var stories = await client.GetStringAsync("/api/stories?topic=us-china&range=24h&q=trump");
        Assert.Contains("Xi talks with Trump over phone", stories, StringComparison.Ordinal);
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

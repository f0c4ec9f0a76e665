using Bunit;
using FeedsPage = Dashboard.Components.Pages.Feeds;
using Dashboard.Ingestion;
using Dashboard.Storage;
using Dashboard.Tests.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components;

/// <summary>The feed health page's "Next check" column over the real ingestion services on a temp database.</summary>
public sealed class FeedsPageTests : IAsyncLifetime
{
    private static readonly DateTime Now = ComponentContext.Now;
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-feeds-page-").FullName;
    private readonly ComponentContext _ui = new();
    private IngestionHarness _app = null!;

    public async Task InitializeAsync()
    {
        // Feeds on a closed port: nothing here fetches them.
        var disabled = TestCatalog.Feed("off", new Uri("http://127.0.0.1:9/off.xml"));
        disabled.Enabled = false;
        _app = await IngestionHarness.StartAsync(_dataDir,
            [TestCatalog.Feed("due", new Uri("http://127.0.0.1:9/due.xml")), TestCatalog.Feed("later", new Uri("http://127.0.0.1:9/later.xml")), disabled],
            clock: _ui.Clock);
        _ui.Services.AddSingleton(_app.Services.GetRequiredService<FeedHealthQueries>());
        _ui.Services.AddSingleton(_app.Services.GetRequiredService<FeedRefresher>());
    }

    [Fact]
    public async Task Feeds_NextCheckInThePast_DueNowNotSecondsAgo()
    {
        await NextCheckAsync("due", Now.AddSeconds(-0.4));
        await NextCheckAsync("later", Now.AddMinutes(5));
        await NextCheckAsync("off", Now.AddHours(-1));

        var page = _ui.Render<FeedsPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr[data-feed-id]").Count));
        Assert.Equal("due now", NextCheck(page, "due"));
        Assert.Equal("in 5 min", NextCheck(page, "later"));
        Assert.Equal("1 h ago", NextCheck(page, "off")); // a disabled feed is not due: it says when it last was
    }

    /// <summary>The row's cell under the "Next check" heading, found by the heading's sort key rather than position.</summary>
    private static string NextCheck(IRenderedComponent<FeedsPage> page, string feedId)
    {
        var column = page.FindAll("thead th").ToList().FindIndex(th => th.QuerySelector("[data-column=next]") is not null);
        Assert.True(column >= 0);
        return page.Find($"tr[data-feed-id={feedId}]").QuerySelectorAll("td")[column].Text();
    }

    private async Task NextCheckAsync(string feedId, DateTime due)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var feed = await db.Feeds.SingleAsync(f => f.Id == feedId);
        feed.LastCheckAt = feed.LastSuccessAt = due.AddMinutes(-5);
        feed.NextCheckAt = due;
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _ui.DisposeAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

using Dashboard.Live;
using Dashboard.Stories;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Stories;

/// <summary>Stories through the real refresh path: placement after commit, stored ids, restart, blindspot push.</summary>
public sealed class StoryPipelineTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-stories-").FullName;
    private LoopbackFeedServer _server = null!;

    private static readonly (string, string, string, string)[] CallStory =
    [
        ("S1", "Xi outlines China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("S2", "Xi clarifies China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("S3", "Xi stresses China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("S4", "Xi reaffirms China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("U1", "Ne Zha-Transformers collaboration set to air", "Unknown Gazette", "https://gazette.example"),
    ];

    public async Task InitializeAsync() => _server = await LoopbackFeedServer.StartAsync();

    [Fact]
    public async Task Refresh_SameEventThreeTimes_OneStoryStoredAndPublished()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(CallStory));
        await using var app = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", _server.Url("/gn.xml"))]);
        var published = new List<ArticleSummary>();
        using var _ = app.Services.GetRequiredService<ArticleNotifier>().Subscribe(added => published.AddRange(added.Articles));

        await app.Refresher.RefreshFeedAsync("gn", default);

        var articles = await app.ArticlesAsync();
        Assert.All(articles, a => Assert.NotNull(a.StoryId));
        var call = articles.Where(a => a.DedupeKey.StartsWith("gn:S")).ToList();
        Assert.Single(call.Select(a => a.StoryId).Distinct());
        Assert.Equal(call.Min(a => a.Id), call[0].StoryId); // the story is named by its first article
        var other = articles.Single(a => a.DedupeKey == "gn:U1");
        Assert.Equal(other.Id, other.StoryId);
        Assert.Equal(articles.Select(a => a.StoryId), published.OrderBy(a => a.Id).Select(a => a.StoryId));
        // The topic rows carry the story too: views rank stories from their index.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var topicStories = await db.ArticleTopics.Select(t => new { t.ArticleId, t.StoryId }).ToListAsync();
        Assert.Equal(articles.Select(a => a.Id), topicStories.Select(t => t.ArticleId).Distinct().Order());
        Assert.All(topicStories, t => Assert.Equal(articles.Single(a => a.Id == t.ArticleId).StoryId, t.StoryId));
    }

    [Fact]
    public async Task Refresh_AfterRestart_NewArticleJoinsStoredStory()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(CallStory[..2]));
        long story;
        await using (var first = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", _server.Url("/gn.xml"))]))
        {
            await first.Refresher.RefreshFeedAsync("gn", default);
            story = (await first.ArticlesAsync())[0].StoryId!.Value;
        }

        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(CallStory[..3]));
        await using var restarted = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", _server.Url("/gn.xml"))]);
        await restarted.Refresher.RefreshFeedAsync("gn", default);

        var articles = await restarted.ArticlesAsync();
        Assert.Equal(3, articles.Count);
        Assert.All(articles, a => Assert.Equal(story, a.StoryId));
    }

    [Fact]
    public async Task Refresh_PlacedArticles_HeadlineVectorsStoredAndReadBackAtRestart()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(CallStory));
        await using (var before = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", _server.Url("/gn.xml"))]))
            await before.Refresher.RefreshFeedAsync("gn", default);

        await using var restarted = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", _server.Url("/gn.xml"))]);
        var expected = MiniLmHeadlineEmbedder.Shared.Embed(CallStory[0].Item2)!;
        await using var db = await restarted.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var rows = await db.ArticleVectors.ToListAsync();
        Assert.Equal(CallStory.Length, rows.Count);
        var first = await db.Articles.SingleAsync(a => a.DedupeKey == "gn:S1");
        var stored = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(rows.Single(r => r.ArticleId == first.Id).Vector).ToArray();
        Assert.Equal(expected.Length, stored.Length);
        Assert.All(expected.Zip(stored), p => Assert.Equal(p.First, p.Second, 1e-5f));
        // The restart rebuilt the window from the stored vectors: none had to be computed again.
        await restarted.Services.GetRequiredService<StoryAssigner>().InitializeAsync(default);
        Assert.Equal(CallStory.Length, restarted.Services.GetRequiredService<StoryAssigner>().WindowCount);
        Assert.Equal(0, restarted.Services.GetRequiredService<StoryAssigner>().LastRebuildEmbedded);
    }

    [Fact]
    public async Task Refresh_StoryReachesFourChinaArticles_BlindspotRaisedOnce()
    {
        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(CallStory[..3]));
        await using var app = await IngestionHarness.StartAsync(_dataDir, [TestCatalog.Feed("gn", _server.Url("/gn.xml"))]);
        var raised = new List<BlindspotRaised>();
        using var _ = app.Services.GetRequiredService<BlindspotNotifier>().Subscribe(raised.Add);

        await app.Refresher.RefreshFeedAsync("gn", default);
        Assert.Empty(raised); // three China articles: MinArticles (3) met, but below MinStoryArticles (4)

        _server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(CallStory));
        await app.Refresher.RefreshFeedAsync("gn", default);

        var blindspot = Assert.Single(raised);
        Assert.Equal(("china", "us", 4, 0), (blindspot.Story.Blindspot!.CoveredBy, blindspot.Story.Blindspot.MissingFrom,
            blindspot.Story.Blindspot.CoveredCount, blindspot.Story.Blindspot.MissingCount));
        Assert.Contains("us-china", blindspot.Topics);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Tests.Search;
using Dashboard.Stories;
using Dashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Overview;

/// <summary>
/// Search text through the ArticleSearch index, and through the in-memory search window (both with their matches counted
/// in C#), must select what instr over the whole window selects in SQL, for the queries that share the overview's search
/// path: KPIs, volume, top outlets and the page's combined aggregates (<see cref="OverviewQueries.AggregatesAsync"/>), the
/// story ranking and blindspots, and the distinctive terms; on <see cref="GeneratedOverviewData"/> with stories of several
/// articles and perspectives. Two windows: one loaded from the finished database, one kept current by the store's and the
/// story placement's commits from empty, as the app's is.
/// </summary>
public sealed class SearchIndexPathTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private static readonly DateTime Now = GeneratedOverviewData.Now;
    private static readonly DateTime OddNow = Now.AddMinutes(17).AddSeconds(23).AddMilliseconds(456);
    private OverviewQueries _overview = null!, _overviewInstr = null!;
    private StoryQueries _stories = null!, _storiesInstr = null!;
    private TermQueries _terms = null!, _termsInstr = null!;
    private readonly List<(string Name, SearchWindow Window, OverviewQueries Overview, StoryQueries Stories, TermQueries Terms)> _windows = [];

    public async Task InitializeAsync()
    {
        var options = Options.Create(OverviewOptions.Create());
        // The windows hold the 31 days before Now: every range below.
        var kept = SearchWindowFactory.Create(await _database.MigratedAsync(), options, Now);
        await kept.LoadAsync(default);
        await GeneratedOverviewData.WriteAsync(_database, window: kept);
        await using (var db = await _database.Factory.CreateDbContextAsync())
            // Stories of about 15 articles spread over time, perspectives and outlets; some articles in none.
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET StoryId = CASE WHEN Id % 11 = 0 THEN NULL ELSE Id % 97 + 1 END");
            await db.Database.ExecuteSqlRawAsync("UPDATE ArticleTopics SET StoryId = (SELECT StoryId FROM Articles WHERE Id = ArticleId)");
            kept.StoriesPlaced(await db.Articles.Where(a => a.StoryId != null).Select(a => new ValueTuple<long, long>(a.Id, a.StoryId!.Value)).ToListAsync());
        }
        var loaded = SearchWindowFactory.Create(_database.Factory, options, Now);
        await loaded.LoadAsync(default);
        _overview = new OverviewQueries(_database.Factory, options);
        _overviewInstr = new OverviewQueries(_database.Factory, options) { UseSearchIndex = false };
        _stories = new StoryQueries(_database.Factory, options);
        _storiesInstr = new StoryQueries(_database.Factory, options) { UseSearchIndex = false };
        _terms = new TermQueries(_database.Factory);
        _termsInstr = new TermQueries(_database.Factory) { UseSearchIndex = false };
        foreach (var (name, window) in new[] { ("loaded window", loaded), ("kept window", kept) })
            _windows.Add((name, window, new OverviewQueries(_database.Factory, options, window), new StoryQueries(_database.Factory, options, window),
                new TermQueries(_database.Factory, window)));
    }

    private static readonly string?[] Needles = [null, "taiwan", "TARIFF", "台湾", "北京 t", "50%_off", "élysée", "Élysée", "aiw", "xi", "zzzz"];

    private static readonly (string Name, Func<ViewFilter, ViewFilter> Apply)[] Filters =
    [
        ("none", f => f),
        ("persp=china", f => f with { Perspectives = ["china"] }),
        ("persp=us,unclassified", f => f with { Perspectives = ["us", "unclassified"] }),
        ("src=nytimes", f => f with { Sources = ["nytimes"] }),
        ("outlet=Reuters, Inc.", f => f with { Outlet = "Reuters, Inc." }),
    ];

    private static readonly (string Name, TimeRange Range, DateTime Now)[] Ranges =
    [
        .. TimeRange.Presets.Select(p => (p, TimeRange.Preset(p), Now)),
        ("30d at an odd now", TimeRange.Preset("30d"), OddNow),
        ("odd from/to", TimeRange.Fixed(Now.AddDays(-9).AddMinutes(17).AddMilliseconds(1), Now.AddDays(-1).AddMinutes(41)), Now),
    ];

    private static IEnumerable<(ViewFilter View, DateTime Now, string Because)> Views()
    {
        foreach (var topic in new[] { "us-china", "taiwan-strait" })
            foreach (var (rangeName, range, now) in Ranges)
                foreach (var (filterName, apply) in Filters)
                    foreach (var q in Needles)
                        yield return (apply(new ViewFilter { Topic = topic, Range = range, Query = q }), now, $"{topic}, {rangeName}, {filterName}, q={q}");
    }

    [Fact]
    public async Task Aggregates_SearchIndexAndWindow_EqualInstrOverTheWindow()
    {
        var (nonEmpty, inWindow) = (0, 0);
        foreach (var (view, now, because) in Views())
        {
            var kpis = await _overviewInstr.KpisAsync(view, now, default);
            var volume = await _overviewInstr.VolumeAsync(view, now, default);
            var outlets = await _overviewInstr.TopOutletsAsync(view, now, 12, default);
            foreach (var (path, overview) in _windows.Select(w => (w.Name, w.Overview)).Prepend(("text index", _overview)))
            {
                var all = await overview.AggregatesAsync(view, now, 12, default);
                Assert.True(Json(all.Kpis) == Json(kpis), $"KPIs differ ({path}): {because}");
                Assert.True(all.Volume.SequenceEqual(volume), $"volume differs ({path}): {because}");
                Assert.True(all.Outlets.SequenceEqual(outlets), $"outlets differ ({path}): {because}");
                // The single queries take the same path as the combined one.
                Assert.True(Json(await overview.KpisAsync(view, now, default)) == Json(kpis), $"single KPIs differ ({path}): {because}");
                Assert.True(all.Outlets.SequenceEqual(await overview.TopOutletsAsync(view, now, 12, default)), $"single outlets differ ({path}): {because}");
            }
            if (view.Query is { Length: >= 3 } && kpis.Articles > 0) nonEmpty++;
            if (kpis.Articles > 0 && _windows.All(w => new OverviewSql(view, now, window: w.Window).Window is not null)) inWindow++;
        }
        // Guards against vacuous success: many searched views have matches, and the windows answer them.
        Assert.InRange(nonEmpty, 50, int.MaxValue);
        Assert.InRange(inWindow, 50, int.MaxValue);
    }

    [Fact]
    public async Task StoriesAndTerms_SearchIndexAndWindow_EqualInstrOverTheWindow()
    {
        var nonEmpty = 0;
        foreach (var (view, now, because) in Views())
        {
            var top = Json(await _storiesInstr.TopAsync(view, now, StoryQueries.MaxStories, default));
            var blind = Json(await _storiesInstr.BlindspotsAsync(view, now, StoryQueries.MaxStories, default));
            var terms = Json(await _termsInstr.ForViewAsync(view, now, 20, default));
            foreach (var (path, stories, termQueries) in _windows.Select(w => (w.Name, w.Stories, w.Terms)).Prepend(("text index", _stories, _terms)))
            {
                Assert.True(Json(await stories.TopAsync(view, now, StoryQueries.MaxStories, default)) == top, $"top stories differ ({path}): {because}");
                Assert.True(Json(await stories.BlindspotsAsync(view, now, StoryQueries.MaxStories, default)) == blind, $"blindspots differ ({path}): {because}");
                Assert.True(Json(await termQueries.ForViewAsync(view, now, 20, default)) == terms, $"terms differ ({path}): {because}");
            }
            if (view.Query is { Length: >= 3 } && top != "[]") nonEmpty++;
        }
        // Guards against vacuous success: many searched views (through the index) rank stories.
        Assert.InRange(nonEmpty, 50, int.MaxValue);
    }

    [Fact]
    public void Windows_HoldTheWindowsArticles_AsTheDatabaseDoes()
    {
        var (loaded, kept) = (_windows[0].Window.Size, _windows[1].Window.Size);
        Assert.True(loaded.Articles > 500, $"the loaded window holds {loaded.Articles} articles");
        // The kept window started empty 31 days before Now too, so it skipped the same older articles.
        Assert.Equal(loaded.Articles, kept.Articles);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}

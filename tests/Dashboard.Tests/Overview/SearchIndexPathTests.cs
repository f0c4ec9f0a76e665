using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Overview;
using Dashboard.Stories;
using Dashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Overview;

/// <summary>
/// Search text through the ArticleSearch index (its matches counted in C#) must select what instr over the whole window
/// selects in SQL, for the queries that share the overview's search path: KPIs, volume, top
/// outlets and the page's combined aggregates (<see cref="OverviewQueries.AggregatesAsync"/>), the story ranking and
/// blindspots, and the distinctive terms; on <see cref="GeneratedOverviewData"/> with stories of several articles and perspectives.
/// </summary>
public sealed class SearchIndexPathTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private static readonly DateTime Now = GeneratedOverviewData.Now;
    private static readonly DateTime OddNow = Now.AddMinutes(17).AddSeconds(23).AddMilliseconds(456);
    private OverviewQueries _overview = null!, _overviewInstr = null!;
    private StoryQueries _stories = null!, _storiesInstr = null!;
    private TermQueries _terms = null!, _termsInstr = null!;

    public async Task InitializeAsync()
    {
        await GeneratedOverviewData.WriteAsync(_database);
        await using (var db = await _database.Factory.CreateDbContextAsync())
            // Stories of about 15 articles spread over time, perspectives and outlets; some articles in none.
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET StoryId = CASE WHEN Id % 11 = 0 THEN NULL ELSE Id % 97 + 1 END");
            await db.Database.ExecuteSqlRawAsync("UPDATE ArticleTopics SET StoryId = (SELECT StoryId FROM Articles WHERE Id = ArticleId)");
        }
        var options = Options.Create(OverviewOptions.Create());
        _overview = new OverviewQueries(_database.Factory, options);
        _overviewInstr = new OverviewQueries(_database.Factory, options) { UseSearchIndex = false };
        _stories = new StoryQueries(_database.Factory, options);
        _storiesInstr = new StoryQueries(_database.Factory, options) { UseSearchIndex = false };
        _terms = new TermQueries(_database.Factory);
        _termsInstr = new TermQueries(_database.Factory) { UseSearchIndex = false };
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
    public async Task Aggregates_SearchIndex_EqualsInstrOverTheWindow()
    {
        var nonEmpty = 0;
        foreach (var (view, now, because) in Views())
        {
            var all = await _overview.AggregatesAsync(view, now, 12, default);
            var kpis = await _overviewInstr.KpisAsync(view, now, default);
            Assert.True(Json(all.Kpis) == Json(kpis), $"KPIs differ: {because}");
            Assert.True(all.Volume.SequenceEqual(await _overviewInstr.VolumeAsync(view, now, default)), $"volume differs: {because}");
            Assert.True(all.Outlets.SequenceEqual(await _overviewInstr.TopOutletsAsync(view, now, 12, default)), $"outlets differ: {because}");
            // The single queries take the same path as the combined one.
            Assert.True(Json(await _overview.KpisAsync(view, now, default)) == Json(kpis), $"single KPIs differ: {because}");
            Assert.True(all.Outlets.SequenceEqual(await _overview.TopOutletsAsync(view, now, 12, default)), $"single outlets differ: {because}");
            if (view.Query is { Length: >= 3 } && kpis.Articles > 0) nonEmpty++;
        }
        Assert.InRange(nonEmpty, 50, int.MaxValue);
    }

    [Fact]
    public async Task StoriesAndTerms_SearchIndex_EqualsInstrOverTheWindow()
    {
        var nonEmpty = 0;
        foreach (var (view, now, because) in Views())
        {
            var top = await _stories.TopAsync(view, now, StoryQueries.MaxStories, default);
            Assert.True(Json(top) == Json(await _storiesInstr.TopAsync(view, now, StoryQueries.MaxStories, default)), $"top stories differ: {because}");
            Assert.True(Json(await _stories.BlindspotsAsync(view, now, StoryQueries.MaxStories, default))
                == Json(await _storiesInstr.BlindspotsAsync(view, now, StoryQueries.MaxStories, default)), $"blindspots differ: {because}");
            Assert.True(Json(await _terms.ForViewAsync(view, now, 20, default)) == Json(await _termsInstr.ForViewAsync(view, now, 20, default)),
                $"terms differ: {because}");
            if (view.Query is { Length: >= 3 } && top.Count > 0) nonEmpty++;
        }
        // Guards against vacuous success: many searched views (through the index) rank stories.
        Assert.InRange(nonEmpty, 50, int.MaxValue);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}

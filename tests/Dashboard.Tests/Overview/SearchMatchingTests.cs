using Dashboard.Configuration;
using Dashboard.Overview;
using Dashboard.Search;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Search;
using Microsoft.Extensions.Options;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Overview;

/// <summary>
/// Search text through the ArticleSearch trigram index (needles of three or more code points), through instr
/// (shorter ones) and through the in-memory search window (any) must select exactly what the live
/// <see cref="OverviewQueries.Matches"/> selects: ASCII-only case folding, substrings of the title or of the snippet
/// (never across the two), any characters.
/// </summary>
public sealed class SearchMatchingTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private static readonly DateTime Now = OverviewDataSet.Now;

    private static readonly Row[] Rows =
    [
        new(1, Now.AddMinutes(-1), Outlet: "Gazette", Title: "Xi Presses TRUMP on Taiwan", Snippet: "They agree to meet"),
        new(2, Now.AddMinutes(-2), Outlet: "Gazette", Title: "Élysée says ÉTAT", Snippet: "visite d'État à Pékin"),
        new(3, Now.AddMinutes(-3), Outlet: "Gazette", Title: "İstanbul and ISTANBUL and istanbul", Snippet: null),
        new(4, Now.AddMinutes(-4), Outlet: "Gazette", Title: "Die Straße heißt STRASSE", Snippet: "ß ẞ"),
        new(5, Now.AddMinutes(-5), Outlet: "Gazette", Title: "北京 readout of the call", Snippet: "台湾海峡 紧张局势"),
        new(6, Now.AddMinutes(-6), Outlet: "Gazette", Title: "Trade deal is 100% fair_ly priced", Snippet: "quote \"marks\" here and 'single'"),
        new(7, Now.AddMinutes(-7), Outlet: "Gazette", Title: "Flags 🇺🇸🇨🇳 and emoji 😀", Snippet: "tabs\tand\nnewlines"),
        new(8, Now.AddMinutes(-8), Outlet: "Gazette", Title: "Ends with ta", Snippet: "iwan starts the snippet"), // "taiwan" only across the boundary
        new(9, Now.AddMinutes(-9), Outlet: "Gazette", Title: "TAIWAN taiWAN", Snippet: "Taiwan"),
        new(10, Now.AddMinutes(-10), Outlet: "Gazette", Title: "AND OR NOT NEAR * ^ : ( ) {col}", Snippet: "a-b c+d"),
        new(11, Now.AddHours(-30), Outlet: "Gazette", Title: "Taiwan, but outside the 24 h window", Snippet: null),
        new(12, Now.AddMinutes(-12), Outlet: "Gazette", Title: "Taiwan in another topic", Snippet: null, Topics: ["taiwan-strait"]),
        new(13, Now.AddMinutes(-13), Outlet: "Gazette", Title: "aaaa aaa", Snippet: "ａｂｃ fullwidth"),
    ];

    public static TheoryData<string> Needles => new()
    {
        "taiwan", "TAIWAN", "Taiwan ", " taiwan", "aiw", "taiwan starts", "ta\niwan", "ends with taiwan",
        "état", "ÉTAT", "Élysée", "élysée", "d'état", "'single'", "\"marks\"", "\"", "\"\"",
        "istanbul", "İstanbul", "i̇stanbul", "straße", "STRASSE", "strasse", "ß ẞ", "ẞ",
        "北京", "北京 r", "台湾海峡", "海峡 紧", "台",
        "100%", "0% f", "%", "_", "fair_ly", "r_l",
        "🇺🇸", "🇺🇸🇨🇳", "😀", "\tand", "tabs\tand\nnewlines",
        "and or not", "NEAR", "* ^", "{col}", "( )", "c+d", "a-b",
        "aaa", "aaaa a", "ａｂｃ", "abc", "x", "xi", "zzzz",
    };

    [Theory]
    [MemberData(nameof(Needles))]
    public async Task Search_TrickyNeedles_SqlAgreesWithMatches(string needle)
    {
        var sqlQueries = await QueriesAsync(_database, Rows);
        // With the window, a walk of 2 rows sends the cards to it too.
        var windowQueries = new OverviewQueries(_database.Factory, Options, await WindowAsync()) { SearchWalkRows = 2 };
        foreach (var queries in new[] { sqlQueries, windowQueries })
            foreach (var range in new[] { "24h", "30d" })
                foreach (var topic in new[] { "us-china", "taiwan-strait" })
                {
                    var view = View(range, q: needle, topic: topic);
                    var expected = Rows.Where(r => OverviewQueries.Matches(view, r.ToSummary(), Now)).Select(r => r.Id).Order().ToList();

                    var cards = (await queries.ArticlesAsync(view, Now, null, 100, default)).Articles.Select(a => a.Id).Order().ToList();
                    var kpis = await queries.KpisAsync(view, Now, default);
                    var volume = await queries.VolumeAsync(view, Now, default);
                    var outlets = await queries.TopOutletsAsync(view, Now, 100, default);

                    var path = queries == sqlQueries ? "SQL" : "window";
                    Assert.True(expected.SequenceEqual(cards), $"cards ({path}, {range}, {topic})");
                    Assert.True(expected.Count == kpis.Articles, $"KPIs ({path}, {range}, {topic})");
                    Assert.True(expected.Count == volume.Sum(p => p.Count), $"volume ({path}, {range}, {topic})");
                    Assert.True(expected.Count == outlets.Sum(o => o.Count), $"outlets ({path}, {range}, {topic})");
                }
    }

    [Theory]
    [MemberData(nameof(Needles))]
    public async Task Search_CardsFromTheTextIndexOrWindow_SameRowsAndPagesAsMatches(string needle)
    {
        await QueriesAsync(_database, Rows);
        // A walk of 2 rows never fills a page here, so every page of a long enough needle comes from the text index, and
        // with a window every page of any needle from the window.
        var view = View("30d", q: needle);
        var expected = Rows.Where(r => OverviewQueries.Matches(view, r.ToSummary(), Now)).OrderByDescending(r => r.SortAt).Select(r => r.Id).ToList();
        foreach (var window in new[] { null, await WindowAsync() })
        {
            var queries = new OverviewQueries(_database.Factory, Options, window) { SearchWalkRows = 2 };
            var pages = new List<long>();
            ArticleCursor? after = null;
            do
            {
                var page = await queries.ArticlesAsync(view, Now, after, 2, default);
                pages.AddRange(page.Articles.Select(a => a.Id));
                after = page.Next;
            } while (after is not null);

            Assert.True(expected.SequenceEqual(pages), $"pages differ ({(window is null ? "text index" : "window")})");
        }
    }

    private static readonly IOptions<DashboardOptions> Options = Microsoft.Extensions.Options.Options.Create(OverviewOptions.Create());

    private async Task<SearchWindow> WindowAsync()
    {
        var window = SearchWindowFactory.Create(_database.Factory, Options, Now);
        await window.LoadAsync(default);
        Assert.True(window.IsReady);
        return window;
    }

    [Fact]
    public async Task Search_HandPicked_ExpectedRows()
    {
        var queries = await QueriesAsync(_database, Rows);

        async Task<long[]> Ids(string q) =>
            [.. (await queries.ArticlesAsync(View("30d", q: q), Now, null, 100, default)).Articles.Select(a => a.Id).Order()];

        Assert.Equal(new long[] { 1, 9, 11 }, await Ids("taiwan"));      // not 8 (across title and snippet), not 12 (other topic)
        Assert.Equal(Array.Empty<long>(), await Ids("élysée"));       // É is not A–Z: not folded, so é does not match it
        Assert.Equal(new long[] { 2 }, await Ids("Élysée"));
        Assert.Equal(new long[] { 2 }, await Ids("ÉTAT"));
        Assert.Equal(Array.Empty<long>(), await Ids("état")); // "État" in the snippet: É is not A–Z
        Assert.Equal(new long[] { 3 }, await Ids("istanbul"));
        Assert.Equal(new long[] { 5 }, await Ids("台湾海峡"));
        Assert.Equal(new long[] { 6 }, await Ids("0% f"));
        Assert.Equal(new long[] { 7 }, await Ids("🇺🇸🇨🇳"));
        Assert.Equal(new long[] { 13 }, await Ids("aaaa a"));
    }

    public void Dispose() => _database.Dispose();
}

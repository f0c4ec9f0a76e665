using Dashboard.Overview;
using Dashboard.Search;

namespace Dashboard.Tests.Search;

/// <summary>The window's substring scan against <see cref="TextQuery.Matches"/>, the rule SQL's instr follows too.</summary>
public sealed class SearchWindowMatchTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    // Upper and lower case, non-ASCII letters whose case SQL does not fold, CJK, and SQL LIKE's wildcards.
    private static readonly string[] Letters = ["a", "A", "b", "B", "é", "É", "台", "湾", " ", "%", "_"];

    [Fact]
    public void Match_RandomTitlesAndSnippets_EqualsTextQueryRule()
    {
        var random = new Random(11);
        string Text(int max) => string.Concat(Enumerable.Range(0, random.Next(max + 1)).Select(_ => Letters[random.Next(Letters.Length)]));
        var tables = new WindowTables();
        var segments = new List<WindowSegment>();
        var articles = Enumerable.Range(1, 3000).Select(id => (Id: (long)id, Title: Text(8), Snippet: random.Next(4) == 0 ? null : Text(8))).ToList();
        foreach (var (id, title, snippet) in articles)
        {
            if (segments.Count == 0 || segments[^1].IsFull) segments.Add(new WindowSegment(tables));
            segments[^1].Append(id, MsAt(Now.AddMinutes(-id)), "us", null, null, null, title, snippet, ["t"]);
        }

        var checkedNeedles = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = Text(3);
            var sql = new OverviewSql(new ViewFilter { Topic = "t", Range = TimeRange.Preset("30d"), Query = query }, Now);
            if (sql.Needle is not { } needle) continue;
            var expected = articles.Where(a => TextQuery.Matches(needle, a.Title, a.Snippet)).Select(a => a.Id).ToList();
            var found = new List<WindowArticle>();
            foreach (var segment in segments) segment.Match(System.Text.Encoding.UTF8.GetBytes(needle), WindowFilter.From(sql, tables), found);
            Assert.True(expected.SequenceEqual(found.Select(f => f.Id)), $"needle '{needle}': expected {expected.Count} matches, found {found.Count}");
            checkedNeedles++;
        }
        Assert.InRange(checkedNeedles, 200, 300);
    }

    [Theory]
    [InlineData("Taiwan", "Strait", "anst", false)] // spans the title's end and the snippet's start
    [InlineData("Taiwan", "Strait", "wan", true)] // the title's end
    [InlineData("Taiwan", "Strait", "str", true)] // the snippet's start
    [InlineData("aaab", null, "aab", true)] // a partial match first, the match one byte later
    [InlineData("ÉLYSÉE", null, "élysée", false)] // SQL's lower() folds A–Z only
    [InlineData("ÉLYSÉE", null, "ÉlYSÉe", true)]
    [InlineData("", "", "a", false)]
    public void Match_EdgeCase_FollowsTheSqlRule(string title, string? snippet, string query, bool matches)
    {
        var tables = new WindowTables();
        var segment = new WindowSegment(tables);
        // Neighbours on both sides, so a hit can straddle into them too.
        segment.Append(1, MsAt(Now.AddHours(-1)), "us", null, null, null, "xxaa", "an", ["t"]);
        segment.Append(2, MsAt(Now.AddHours(-1)), "us", null, null, null, title, snippet, ["t"]);
        segment.Append(3, MsAt(Now.AddHours(-1)), "us", null, null, null, "st", "yy", ["t"]);
        var sql = new OverviewSql(new ViewFilter { Topic = "t", Query = query }, Now);
        var found = new List<WindowArticle>();
        segment.Match(System.Text.Encoding.UTF8.GetBytes(sql.Needle!), WindowFilter.From(sql, tables), found);
        Assert.Equal(matches, found.Any(f => f.Id == 2));
        Assert.Equal(TextQuery.Matches(sql.Needle!, title, snippet), matches);
    }

    private static long MsAt(DateTime utc) => (long)(utc - DateTime.UnixEpoch).TotalMilliseconds;
}

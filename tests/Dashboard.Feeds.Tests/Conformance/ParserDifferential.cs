using System.Globalization;
using Dashboard.Feeds.Parsing;
using Dashboard.Feeds.Text;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// Parses one document with our parser and with CodeHollow.FeedReader and lists where they differ.
/// What "agree" means per field, chosen so that a difference of convention is not a disagreement but a
/// different element, value or outcome is:
/// <list type="bullet">
/// <item>outcome: both throw (whatever the exceptions), or both return a feed;</item>
/// <item>titles: absent equals empty; whitespace collapsed; CodeHollow returns the element's raw text, so its
/// value also agrees when its plain text (HTML removed, entities decoded) equals ours;</item>
/// <item>links: absent equals empty; equal after trimming, or CodeHollow's is relative and ours is it resolved
/// (resolving CodeHollow's against ours gives ours back), because ours resolves xml:base and CodeHollow does not;</item>
/// <item>dates: both absent, or the same instant in UTC (CodeHollow reads a date without a zone as local time,
/// ours as UTC, so where the local zone is not UTC equal wall-clock times also agree);</item>
/// <item>entry count equal; entries are compared by position up to the shorter list.</item>
/// </list>
/// </summary>
public static class ParserDifferential
{
    public static FixtureComparison Compare(string file, byte[] data)
    {
        var found = new List<Disagreement>();
        var (ours, ourError) = Try(() => FeedParser.Parse(data));
        var (theirs, theirError) = Try(() => CodeHollowOracle.Read(data));
        if (ours is null || theirs is null)
        {
            if ((ours is null) != (theirs is null))
                found.Add(new(file, "outcome", ours is null ? ourError! : $"{ours.Entries.Count} entries", theirs is null ? theirError! : $"{theirs.Entries.Count} entries"));
            return new(found, BothRead: false, EntriesCompared: 0);
        }

        if (!TextAgrees(ours.Title, theirs.Title))
            found.Add(new(file, "feed.title", Show(ours.Title), Show(theirs.Title)));
        if (ours.Entries.Count != theirs.Entries.Count)
            found.Add(new(file, "entries.count", ours.Entries.Count.ToString(CultureInfo.InvariantCulture), theirs.Entries.Count.ToString(CultureInfo.InvariantCulture)));
        for (var i = 0; i < Math.Min(ours.Entries.Count, theirs.Entries.Count); i++)
        {
            var (our, their) = (ours.Entries[i], theirs.Entries[i]);
            if (!TextAgrees(our.Title, their.Title))
                found.Add(new(file, $"entries[{i}].title", Show(our.Title), Show(their.Title)));
            if (!LinkAgrees(our.Link, their.Link))
                found.Add(new(file, $"entries[{i}].link", Show(our.Link), Show(their.Link)));
            if (!DateAgrees(our.Published, their.Published))
                found.Add(new(file, $"entries[{i}].published", Show(our.Published), Show(their.Published)));
            if (!DateAgrees(our.Updated, their.Updated))
                found.Add(new(file, $"entries[{i}].updated", Show(our.Updated), Show(their.Updated)));
        }
        return new(found, BothRead: true, EntriesCompared: Math.Min(ours.Entries.Count, theirs.Entries.Count));
    }

    /// <summary>Any exception counts as "not a feed": CodeHollow has no exception type of its own for that.</summary>
    private static (T? Value, string? Error) Try<T>(Func<T> parse) where T : class
    {
        try
        {
            return (parse(), null);
        }
        catch (Exception ex)
        {
            return (null, $"threw {ex.GetType().Name}: {OneLine(ex.Message)}");
        }
    }

    private static bool TextAgrees(string? ours, string? theirs)
    {
        var our = Whitespace.Collapse(ours ?? "");
        return our == Whitespace.Collapse(theirs ?? "") || our == (HtmlText.ToPlainText(theirs) ?? "");
    }

    private static bool LinkAgrees(string? ours, string? theirs)
    {
        var (our, their) = ((ours ?? "").Trim(), (theirs ?? "").Trim());
        if (our == their)
            return true;
        return their.Length > 0
            && Uri.TryCreate(our, UriKind.Absolute, out var ourUri)
            && !Uri.TryCreate(their, UriKind.Absolute, out _)
            && Uri.TryCreate(ourUri, their, out var resolved)
            && resolved.AbsoluteUri == ourUri.AbsoluteUri;
    }

    private static bool DateAgrees(DateTimeOffset? ours, DateTime? theirs)
    {
        if (ours is null || theirs is null)
            return ours is null && theirs is null;
        var utc = DateTime.SpecifyKind(theirs.Value, DateTimeKind.Utc);
        return ours.Value.UtcDateTime == utc || ours.Value.UtcDateTime == utc + TimeZoneInfo.Local.GetUtcOffset(utc);
    }

    private static string Show(string? value) => value is null ? "null" : $"\"{OneLine(value)}\"";

    private static string Show(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) ?? "null";

    private static string Show(DateTime? value) => value is null ? "null" : Show(new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)));

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Replace('\t', ' ');
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}

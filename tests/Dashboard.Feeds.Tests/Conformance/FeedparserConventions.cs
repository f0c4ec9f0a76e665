using System.Globalization;
using Dashboard.Feeds.Parsing;
using Dashboard.Feeds.Text;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// Maps feedparser's output conventions onto this parser's, so that a difference in convention is not
/// counted as a failure while a difference in substance is:
/// feedparser returns titles as HTML strings (we return plain text), keeps "name (email)" as the
/// author string (we split it), names versions rss091u/… (we have rss09x), and reports dates as UTC tuples.
/// </summary>
public static class FeedparserConventions
{
    /// <summary>The mismatches for one expectation line; empty means the line passes.</summary>
    public static List<string> Check(FeedparserExpectation expected, byte[] data)
    {
        var problems = new List<string>();
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(data);
        }
        catch (FeedParseException ex)
        {
            problems.Add($"threw: {ex.Message}");
            return problems;
        }

        // bozo=false: feedparser read it without complaint, so we must not have needed to recover either.
        if (expected.Bozo == false && feed.Warning is not null)
            problems.Add($"recovered from an error feedparser did not see: {feed.Warning}");
        if (expected.Format is not null && FormatName(feed.Format) != expected.Format)
            problems.Add($"format: expected {expected.Format}, got {FormatName(feed.Format)}");

        foreach (var (key, value) in expected.Feed)
            CheckField($"feed.{key}", key, value, FeedField(feed, key), FeedAuthor(feed), problems);

        for (var i = 0; i < expected.Entries.Count; i++)
        {
            if (expected.Entries[i].Count == 0)
                continue;
            if (i >= feed.Entries.Count)
            {
                problems.Add($"entries[{i}]: missing (got {feed.Entries.Count} entries)");
                continue;
            }
            var entry = feed.Entries[i];
            foreach (var (key, value) in expected.Entries[i])
                CheckField($"entries[{i}].{key}", key, value, EntryField(entry, key), (entry.Author, entry.AuthorEmail), problems);
        }
        return problems;
    }

    public static string FormatName(FeedFormat format) => format.ToString().ToLowerInvariant();

    private static void CheckField(string label, string key, string expected, object? actual,
        (string? Name, string? Email) author, List<string> problems)
    {
        bool ok = key switch
        {
            "updated" or "published" => actual is DateTimeOffset d
                && d == DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            "summary_contains" or "content_contains" => Contains(actual as string, expected),
            "title" or "subtitle" => TextEquals(actual as string, expected),
            "author" => AuthorEquals(author, expected),
            _ => string.Equals(((actual as string) ?? "").Trim(), expected, StringComparison.Ordinal),
        };
        if (!ok)
            problems.Add($"{label}: expected {Show(expected)}, got {Show(actual)}");
    }

    private static object? FeedField(ParsedFeed f, string key) => key switch
    {
        "title" => f.Title,
        "subtitle" => f.Subtitle,
        "link" => f.Link,
        "id" => f.Id,
        "updated" => f.Updated,
        "published" => f.Published,
        "author" or "author_name" => f.Author,
        "author_email" => f.AuthorEmail,
        "author_url" => f.AuthorUrl,
        _ => throw new InvalidOperationException($"unmapped feed key {key}"),
    };

    private static (string?, string?) FeedAuthor(ParsedFeed f) => (f.Author, f.AuthorEmail);

    private static object? EntryField(ParsedEntry e, string key) => key switch
    {
        "title" => e.Title,
        "link" => e.Link,
        "id" => e.Id,
        "updated" => e.Updated,
        "published" => e.Published,
        "summary_contains" => e.Summary,
        "content_contains" => e.Content,
        "author" or "author_name" => e.Author,
        "author_email" => e.AuthorEmail,
        "author_url" => e.AuthorUrl,
        _ => throw new InvalidOperationException($"unmapped entry key {key}"),
    };

    /// <summary>Equal as text, or equal to the plain text of feedparser's HTML value.</summary>
    private static bool TextEquals(string? actual, string expected)
    {
        var got = Whitespace.Collapse(actual ?? "");
        return got == Whitespace.Collapse(expected) || got == HtmlText.ToPlainText(expected);
    }

    /// <summary>Contains the expected run, or its plain text; an expectation that is empty as text cannot pass.</summary>
    private static bool Contains(string? actual, string expected)
    {
        if (string.IsNullOrEmpty(actual))
            return false;
        if (actual.Contains(expected, StringComparison.Ordinal))
            return true;
        var plain = HtmlText.ToPlainText(expected)!;
        return plain.Length > 0 && Whitespace.Collapse(actual).Contains(plain, StringComparison.Ordinal);
    }

    /// <summary>feedparser's author string is "name (email)" for Atom and the raw text for RSS.</summary>
    private static bool AuthorEquals((string? Name, string? Email) author, string expected) =>
        author.Name == expected
        || (author.Email is not null && ($"{author.Name} ({author.Email})" == expected || $"{author.Email} ({author.Name})" == expected));

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTimeOffset d => d.ToString("u", CultureInfo.InvariantCulture),
        _ => "\"" + value.ToString()!.ReplaceLineEndings(" ") + "\"",
    };
}

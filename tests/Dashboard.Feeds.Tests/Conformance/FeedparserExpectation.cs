using System.Text.Json;

namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>One line of expected.jsonl: which fixture, and the field values feedparser's test asserts.</summary>
public sealed record FeedparserExpectation(
    string File,
    string? Format,
    bool? Bozo,
    IReadOnlyDictionary<string, string> Feed,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Entries)
{
    public static FeedparserExpectation FromJson(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return new FeedparserExpectation(
            root.GetProperty("file").GetString()!,
            root.TryGetProperty("format", out var format) ? format.GetString() : null,
            root.TryGetProperty("bozo", out var bozo) ? bozo.GetBoolean() : null,
            root.TryGetProperty("feed", out var feed) ? Fields(feed) : new Dictionary<string, string>(),
            root.TryGetProperty("entries", out var entries) ? entries.EnumerateArray().Select(Fields).ToArray() : []);
    }

    private static IReadOnlyDictionary<string, string> Fields(JsonElement obj) =>
        obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
}

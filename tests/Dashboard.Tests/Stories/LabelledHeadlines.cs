using System.Text.Json;
using Dashboard.Stories;
using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Stories;

/// <summary>One hand-labelled real headline of labelled-headlines.json; <paramref name="Outlet"/> is null where its source does not name one.</summary>
public sealed record LabelledHeadline(int Id, string Title, string? Snippet, DateTime SortAt, string? Outlet, string Cluster, string Origin)
{
    public StoryInput ToInput() => new(Id, Title, Snippet, SortAt);
}

internal static class LabelledHeadlines
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The labelled set in SortAt order (ties by id), the order a live feed would deliver it in.</summary>
    public static IReadOnlyList<LabelledHeadline> Load()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Dashboard.Tests", "Stories", "labelled-headlines.json");
        var items = JsonSerializer.Deserialize<List<LabelledHeadline>>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException(path + " is empty");
        return items.Select(i => i with { SortAt = i.SortAt.ToUniversalTime() })
            .OrderBy(i => i.SortAt).ThenBy(i => i.Id).ToList();
    }

    /// <summary>Story id per item, placing every item in order with a fresh clusterer.</summary>
    public static long[] Cluster(IReadOnlyList<LabelledHeadline> items, StoryClusteringOptions options)
    {
        var clusterer = new StoryClusterer(options);
        return items.Select(i => clusterer.Place(i.ToInput())).ToArray();
    }
}

using System.Text.Json;
using Dashboard.Stories;
using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Stories;

/// <summary>
/// One labelled real headline; <paramref name="Outlet"/> is null where its source does not name one,
/// <paramref name="Split"/> (aggregator set only) says whether it was used to choose the clusterer's settings ("dev") or not ("test").
/// </summary>
public sealed record LabelledHeadline(int Id, string Title, string? Snippet, DateTime SortAt, string? Outlet, string Cluster, string Origin,
    string? Split = null)
{
    public StoryInput ToInput() => new(Id, Title, Snippet, SortAt);
}

internal static class LabelledHeadlines
{
    /// <summary>152 hand-labelled headlines, mostly US–China and news of single outlets (many stories of one).</summary>
    public const string Current = "labelled-headlines.json";

    /// <summary>497 headlines in 84 stories of six outlets each, grouped by a news aggregator (UCI News Aggregator).</summary>
    public const string Aggregator = "aggregator-headlines.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A labelled set in SortAt order (ties by id), the order a live feed would deliver it in.</summary>
    public static IReadOnlyList<LabelledHeadline> Load(string file = Current)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Dashboard.Tests", "Stories", file);
        var items = JsonSerializer.Deserialize<List<LabelledHeadline>>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException(path + " is empty");
        return items.Select(i => i with { SortAt = i.SortAt.ToUniversalTime() })
            .OrderBy(i => i.SortAt).ThenBy(i => i.Id).ToList();
    }

    /// <summary>The same items in a fixed random order: what a backlog or several feeds polled at once deliver.</summary>
    public static IReadOnlyList<LabelledHeadline> Shuffled(IReadOnlyList<LabelledHeadline> items, int seed = 1)
    {
        var shuffled = items.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>
    /// Final story id per item (in the given items' order), placing every item in order with a fresh clusterer and
    /// following the merges later placements made.
    /// </summary>
    public static long[] Cluster(IReadOnlyList<LabelledHeadline> items, StoryClusteringOptions options, IHeadlineEmbedder? embedder)
    {
        var clusterer = new StoryClusterer(options, embedder);
        var storyOf = new Dictionary<long, long>();
        foreach (var item in items)
        {
            var placement = clusterer.Place(item.ToInput());
            storyOf[item.Id] = placement.StoryId;
            foreach (var merge in placement.Merges)
                foreach (var id in storyOf.Where(p => p.Value == merge.From).Select(p => p.Key).ToList())
                    storyOf[id] = merge.To;
        }
        return items.Select(i => storyOf[i.Id]).ToArray();
    }
}

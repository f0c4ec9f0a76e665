namespace Dashboard.Stories;

/// <summary>
/// Where an article went: its story, and the stories it showed to be the same event, merged into that one.
/// A merge keeps the older (smaller) id; <paramref name="Moved"/> lists the held articles whose story id changed.
/// </summary>
public sealed record StoryPlacement(long StoryId, IReadOnlyList<StoryMerge> Merges, IReadOnlyList<long> Moved)
{
    public static StoryPlacement Alone(long storyId) => new(storyId, [], []);
}

/// <summary>Story <paramref name="From"/> is now part of story <paramref name="To"/>.</summary>
public sealed record StoryMerge(long From, long To);

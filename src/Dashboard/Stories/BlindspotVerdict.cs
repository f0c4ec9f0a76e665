using System.Text.Json.Serialization;
using Dashboard.Overview;

namespace Dashboard.Stories;

/// <summary>Why a story is, or is not, a blindspot; in JSON by name, so clients need not know the order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BlindspotReason>))]
public enum BlindspotReason
{
    /// <summary>One side covered it, the other barely did although its feeds were working.</summary>
    Blindspot,
    /// <summary>Too few articles of the compared perspectives, or none of them has MinArticles, to judge.</summary>
    TooFewArticles,
    /// <summary>No compared perspective is below MaxShare next to one with MinArticles.</summary>
    BothCovered,
    /// <summary>The missing perspective's feeds were all down for most of the story's time.</summary>
    MissingSideDown,
    /// <summary>No enabled feed of the missing perspective is polled: it could not have been seen.</summary>
    MissingSideNotPolled,
    /// <summary>The missing perspective's feeds are polled but none has been read successfully yet (e.g. just after start-up).</summary>
    MissingSideNotRead,
}

/// <summary>What <see cref="BlindspotRule.Judge"/> knows of a story besides its counts.</summary>
/// <param name="CountsByPerspective">Articles per perspective (a compared perspective absent counts 0).</param>
/// <param name="FirstAt">The story's first article.</param>
/// <param name="LastAt">The story's last article.</param>
/// <param name="Outages">All-feeds-down periods (<see cref="OutageSpans.AllDown"/>) of any perspective around the story.</param>
/// <param name="PolledPerspectives">Perspectives with at least one enabled feed that is polled.</param>
/// <param name="ReadPerspectives">
/// Those of them with a feed read successfully at least once; null when not known (then every polled one counts as read).
/// </param>
public sealed record BlindspotEvidence(
    IReadOnlyDictionary<string, int> CountsByPerspective,
    DateTime FirstAt,
    DateTime LastAt,
    IReadOnlyList<OutageSpan> Outages,
    IReadOnlySet<string> PolledPerspectives,
    IReadOnlySet<string>? ReadPerspectives = null);

/// <summary>The rule's verdict on one story, in words and in figures.</summary>
/// <param name="Reason">One sentence for readers, e.g. "Not a blindspot: both sides covered it (United States 4, China 3)".</param>
/// <param name="Compared">The compared perspectives' article counts, in the configured order.</param>
/// <param name="ComparedArticles">Their sum, the share's denominator.</param>
/// <param name="Blindspot">The blindspot when <see cref="IsBlindspot"/>; otherwise null.</param>
public sealed record BlindspotVerdict(
    BlindspotReason Kind,
    string Reason,
    IReadOnlyList<StoryPerspectiveCount> Compared,
    int ComparedArticles,
    Blindspot? Blindspot)
{
    public bool IsBlindspot => Kind == BlindspotReason.Blindspot;
}

using Dashboard.Live;

namespace Dashboard.Stories;

public sealed record StoryPerspectiveCount(string PerspectiveId, int Count);

/// <summary>A story as lists show it; counts and times cover all its articles, not only those in the view.</summary>
/// <param name="Blindspot">The blindspot, when <paramref name="Verdict"/> finds one (its <see cref="BlindspotVerdict.Blindspot"/>).</param>
/// <param name="Verdict">The blindspot rule's verdict in words, for every story.</param>
public sealed record StorySummary(
    long Id,
    string Headline,
    int ArticleCount,
    int OutletCount,
    IReadOnlyList<StoryPerspectiveCount> Perspectives,
    DateTime FirstAt,
    DateTime LastAt,
    Blindspot? Blindspot,
    BlindspotVerdict Verdict)
{
    public int CountOf(string perspectiveId) => Perspectives.FirstOrDefault(p => p.PerspectiveId == perspectiveId)?.Count ?? 0;
}

/// <summary>A view's top stories and its blindspots.</summary>
public sealed record StoryView(IReadOnlyList<StorySummary> Top, IReadOnlyList<StorySummary> Blindspots);

/// <summary>The first article of one perspective in a story.</summary>
public sealed record StoryFirstReport(string PerspectiveId, ArticleSummary Article);

/// <summary>How long after the first perspective another one first reported the story.</summary>
public sealed record StoryLag(string FirstPerspectiveId, string LaterPerspectiveId, TimeSpan Gap);

public sealed record StoryDetail(
    StorySummary Story,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<StoryFirstReport> FirstReports,
    IReadOnlyList<StoryLag> Lags);

/// <summary>A story that just became a blindspot (pushed live).</summary>
public sealed record BlindspotRaised(StorySummary Story, IReadOnlyList<string> Topics);

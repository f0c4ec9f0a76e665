using Dashboard.Live;

namespace Dashboard.Overview;

/// <summary>The KPI strip of a view.</summary>
public sealed record Kpis(
    int Articles,
    IReadOnlyList<PerspectiveCount> ByPerspective,
    int ActiveOutlets,
    DateTime? NewestArticleAt);

public sealed record PerspectiveCount(string PerspectiveId, int Count)
{
    public double Share(int total) => total == 0 ? 0 : (double)Count / total;
}

/// <summary>One bar segment of the volume chart: articles of a perspective in [BucketStart, BucketStart + bucket).</summary>
public sealed record VolumePoint(DateTime BucketStart, string PerspectiveId, int Count);

/// <summary>An outlet's article count; SourceId null for outlets the registry does not know.</summary>
public sealed record OutletCount(string? SourceId, string Outlet, string PerspectiveId, int Count);

/// <summary>A period in which every enabled feed of a perspective was failing (so its silence is an outage, not a choice).</summary>
public sealed record OutageSpan(string PerspectiveId, DateTime From, DateTime To);

/// <summary>Keyset position: the last card shown (newest-first order is SortAt desc, Id desc).</summary>
public sealed record ArticleCursor(DateTime SortAt, long Id);

public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Articles, ArticleCursor? Next);

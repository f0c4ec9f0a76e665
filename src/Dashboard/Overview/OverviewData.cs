using Dashboard.Live;

namespace Dashboard.Overview;

/// <summary>Everything the overview shows for one filter at one instant.</summary>
public sealed record OverviewData(
    ViewFilter Filter,
    (DateTime From, DateTime To) Window,
    Kpis Kpis,
    IReadOnlyList<VolumePoint> Volume,
    IReadOnlyList<OutletCount> Outlets,
    IReadOnlyList<OutageSpan> Outages,
    ArticlePage Articles,
    IngestionHealth Health);

/// <summary>
/// Feeds OK vs failing (KPI strip), and the last success of any feed of the view's topic: Stale when that
/// is older than Ingestion:StaleAfterMinutes (or there is none), so silence is never mistaken for calm.
/// </summary>
/// <param name="Failing">Feeds whose last check failed, and feeds overdue (not polled although due; see OverduePolicy).</param>
public sealed record IngestionHealth(int Ok, int Failing, int Pending, DateTime? LastSuccessAt, bool Stale);

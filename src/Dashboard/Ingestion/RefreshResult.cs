using Dashboard.Storage.Entities;

namespace Dashboard.Ingestion;

/// <summary>What one refresh of one feed did; returned to the scheduler and the "refresh now" API.</summary>
public sealed record RefreshResult(
    string FeedId,
    FetchEventOutcome Outcome,
    int Items,
    int NewArticles,
    string? Error,
    DateTime? NextCheckAt);

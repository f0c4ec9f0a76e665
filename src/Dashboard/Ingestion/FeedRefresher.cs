using System.Collections.Concurrent;
using Dashboard.Classifying;
using Dashboard.Configuration;
using Dashboard.Feeds.Normalizing;
using Dashboard.Feeds.Parsing;
using Dashboard.Fetching;
using Dashboard.Live;
using Dashboard.Scheduling;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Stories;
using Microsoft.Extensions.Options;

namespace Dashboard.Ingestion;

/// <summary>
/// The one orchestrator, called by the scheduler and by "refresh now":
/// fetch → not modified? stop → parse → normalise → classify → dedupe + save (errors reset) → place in stories → notify.
/// Every failure ends as data on the feed (LastError, ConsecutiveErrors), never as an exception.
/// </summary>
public sealed class FeedRefresher(
    FeedCatalog catalog,
    FeedFetcher fetcher,
    PerspectiveClassifier classifier,
    TopicMatcher topics,
    ArticleStore store,
    FeedHealthQueries health,
    ArticleNotifier notifier,
    StoryAssigner stories,
    BlindspotWatcher blindspots,
    IOptions<DashboardOptions> options,
    TimeProvider time,
    ILogger<FeedRefresher> logger)
{
    // A manual refresh and a scheduled one of the same feed must not interleave their writes.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _feedLocks = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RefreshResult?> RefreshFeedAsync(string feedId, CancellationToken ct)
    {
        var feed = catalog.Find(feedId);
        if (feed is null) return null;
        if (!feed.Enabled) throw new InvalidOperationException($"refresh: feed '{feed.Id}' is disabled and is never fetched");
        var gate = _feedLocks.GetOrAdd(feed.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try { return await RefreshLockedAsync(feed, ct); }
        finally { gate.Release(); }
    }

    private async Task<RefreshResult> RefreshLockedAsync(FeedOptions feed, CancellationToken ct)
    {
        var state = await health.FindAsync(feed.Id, ct)
            ?? throw new InvalidOperationException($"refresh: feed '{feed.Id}' was not synced to the database");
        var started = time.GetTimestamp();
        var fetched = await fetcher.FetchAsync(new FetchRequest(new Uri(feed.Url), state.ETag, state.LastModified), ct);

        if (fetched.Outcome == FetchOutcome.Failed)
            return await RecordFailureAsync(feed, state, fetched, fetched.Error ?? "fetch: failed", started, ct);
        if (fetched.Outcome == FetchOutcome.NotModified)
            return await CommitAsync(feed, state, fetched, null, [], started, ct);

        ParsedFeed parsed;
        try { parsed = FeedParser.Parse(fetched.Body ?? [], (fetched.FinalUrl ?? new Uri(feed.Url)).AbsoluteUri); }
        catch (FeedParseException e) { return await RecordFailureAsync(feed, state, fetched, e.Message, started, ct); }

        var candidates = parsed.Entries
            .Select(entry => ArticleNormalizer.Normalize(entry, parsed))
            .OfType<NormalizedArticle>()
            .Select(article => ToCandidate(article, feed))
            .ToList();
        return await CommitAsync(feed, state, fetched, parsed, candidates, started, ct);
    }

    private ArticleCandidate ToCandidate(NormalizedArticle a, FeedOptions feed)
    {
        var c = classifier.Classify(a, feed);
        return new ArticleCandidate
        {
            DedupeKey = a.DedupeKey,
            Title = a.Title,
            Outlet = a.Outlet ?? c.Source?.Name,
            OutletDomain = a.OutletDomain,
            SourceId = c.Source?.Id,
            PerspectiveId = c.PerspectiveId,
            PerspectiveRule = c.Rule,
            Link = a.Link,
            CanonicalLink = a.CanonicalLink,
            Guid = a.Guid,
            Snippet = a.Snippet,
            Language = a.Language,
            PublishedAt = a.Published?.UtcDateTime,
            Topics = topics.Match(a, feed).ToList(),
        };
    }

    private async Task<RefreshResult> CommitAsync(FeedOptions feed, FeedState state, FetchResult fetched, ParsedFeed? parsed,
        IReadOnlyList<ArticleCandidate> candidates, long started, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ttl = parsed?.TtlMinutes ?? state.TtlMinutes;
        var next = NextCheck(feed, now, fetched, ttl, errors: 0);
        var outcome = parsed is null ? FetchEventOutcome.NotModified : FetchEventOutcome.Ok;
        var fetchEvent = NewEvent(feed, now, started, outcome, fetched, null, candidates.Count);
        var added = await store.CommitRefreshAsync(feed.Id, candidates, row =>
        {
            row.LastCheckAt = row.LastSuccessAt = now.UtcDateTime;
            row.NextCheckAt = next;
            row.LastHttpStatus = fetched.HttpStatus;
            row.ConsecutiveErrors = 0;
            row.LastError = null;
            row.ETag = fetched.ETag ?? row.ETag;
            row.LastModified = fetched.LastModified ?? row.LastModified;
            row.TtlMinutes = ttl;
            if (parsed is null) return;
            row.LastItemCount = parsed.Entries.Count;
            row.LastWarning = parsed.Warning;
            row.ItemsSeen += parsed.Entries.Count;
        }, fetchEvent, options.Value.Ingestion.FetchEventsKept, ct, FeedOutageMark.Success(now.UtcDateTime));

        // Debug only, for the commit → card latency measurement (tests/Dashboard.Benchmarks --measure-card-latency):
        // it compares this wall-clock time with the browser's on the same machine; production logs stay as they were.
        if (added.Count > 0 && logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("refresh: {Feed} committed articles {Ids} at unix ms {CommitUnixMs:F3}", feed.Id,
                string.Join(',', added.Select(a => a.Id)), (time.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalMilliseconds);
        var placed = await PlaceInStoriesAsync(feed, added, ct);
        notifier.Publish(new ArticlesAdded(feed.Id, placed));
        if (added.Count > 0) logger.LogInformation("refresh: {Feed} added {Count} articles", feed.Id, added.Count);
        await CheckBlindspotsAsync(feed, placed, ct);
        return new RefreshResult(feed.Id, outcome, candidates.Count, added.Count, null, next);
    }

    /// <summary>
    /// The articles are committed by now: a placement failure must not lose them or fail the refresh. They go
    /// out without a story and the story index places them at its next start.
    /// </summary>
    private async Task<IReadOnlyList<ArticleSummary>> PlaceInStoriesAsync(FeedOptions feed, IReadOnlyList<ArticleSummary> added, CancellationToken ct)
    {
        try { return await stories.AssignAsync(added, ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "stories: placing {Count} articles of {Feed} failed; they stay unplaced until the next start", added.Count, feed.Id);
            return added;
        }
    }

    private async Task CheckBlindspotsAsync(FeedOptions feed, IReadOnlyList<ArticleSummary> placed, CancellationToken ct)
    {
        try { await blindspots.CheckAsync(placed, ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "blindspots: checking the stories of {Feed}'s new articles failed", feed.Id);
        }
    }

    private async Task<RefreshResult> RecordFailureAsync(FeedOptions feed, FeedState state, FetchResult fetched, string error,
        long started, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var errors = state.ConsecutiveErrors + 1;
        var next = NextCheck(feed, now, fetched, state.TtlMinutes, errors);
        logger.LogWarning("refresh: {Feed} failed ({Errors} in a row): {Error}", feed.Id, errors, error);
        await store.CommitRefreshAsync(feed.Id, [], row =>
        {
            row.LastCheckAt = row.LastErrorAt = now.UtcDateTime;
            row.NextCheckAt = next;
            row.LastHttpStatus = fetched.HttpStatus;
            row.ConsecutiveErrors = errors;
            row.LastError = error;
        }, NewEvent(feed, now, started, FetchEventOutcome.Failed, fetched, error, 0), options.Value.Ingestion.FetchEventsKept, ct,
            FeedOutageMark.Failure(now.UtcDateTime, string.IsNullOrEmpty(feed.Perspective) ? null : feed.Perspective, error));
        return new RefreshResult(feed.Id, FetchEventOutcome.Failed, 0, 0, error, next);
    }

    private FetchEvent NewEvent(FeedOptions feed, DateTimeOffset now, long started, FetchEventOutcome outcome,
        FetchResult fetched, string? error, int items) => new()
    {
        FeedId = feed.Id,
        At = now.UtcDateTime,
        DurationMs = (int)time.GetElapsedTime(started).TotalMilliseconds,
        Outcome = outcome,
        HttpStatus = fetched.HttpStatus,
        Error = error,
        Items = items,
    };

    private DateTime NextCheck(FeedOptions feed, DateTimeOffset now, FetchResult fetched, int? ttl, int errors)
    {
        var ingestion = options.Value.Ingestion;
        return SchedulePolicy.NextCheck(new ScheduleInput
        {
            Now = now,
            Interval = TimeSpan.FromMinutes(feed.IntervalMinutes ?? ingestion.DefaultIntervalMinutes),
            ConsecutiveErrors = errors,
            RetryAfter = fetched.RetryAfter,
            MaxAge = fetched.MaxAge,
            Expires = fetched.Expires,
            TtlMinutes = ttl,
            Jitter = ingestion.Jitter,
            Random = Random.Shared.NextDouble(),
            MaxBackoff = TimeSpan.FromHours(ingestion.MaxBackoffHours),
        }).UtcDateTime;
    }
}

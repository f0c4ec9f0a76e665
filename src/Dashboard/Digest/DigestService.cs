using System.Text.Json;
using Dashboard.Configuration;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Digest;

/// <summary>
/// Digests per topic and day. A closed day's digest is generated once and stored; afterwards it is always read
/// back, never rebuilt, so late articles or a changed registry cannot rewrite what was published. The current
/// day is generated on demand and marked partial.
/// </summary>
public sealed class DigestService(
    IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options, TimeProvider time, IDigestHold? hold = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private DigestClock? _clock;

    public DigestClock Clock => _clock ??= new DigestClock(options.Value.Digest);

    /// <summary>The digest of <paramref name="day"/>; null for an unknown topic or a day that has not begun.</summary>
    public async Task<DigestResult?> GetAsync(string topicId, DateOnly day, CancellationToken ct)
    {
        var topic = options.Value.Topics.FirstOrDefault(t => t.Id == topicId);
        if (topic is null) return null;
        var now = time.GetUtcNow().UtcDateTime;
        if (Clock.Window(day).Start > now) return null;

        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = day.ToString("yyyy-MM-dd");
        if (await db.Digests.AsNoTracking().FirstOrDefaultAsync(d => d.TopicId == topicId && d.Day == key, ct) is { } stored)
            return Read(stored);

        // A closed day is final only once no article dated in it is still expected.
        var final = Clock.IsClosed(day, now) && !(hold is not null && await hold.HoldsAsync(ct));
        var document = await BuildAsync(db, topic, day, now, partial: !final, ct);
        var markdown = DigestMarkdown.Write(document);
        if (!final) return new DigestResult(document, markdown, Stored: false);

        db.Digests.Add(new StoredDigest
        {
            TopicId = topicId, Day = key, GeneratedAt = now, ArticleCount = document.ArticleCount,
            Markdown = markdown, Json = JsonSerializer.Serialize(document, Json),
        });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another request stored the same day first: the first one written is the one that stands.
            await using var again = await contexts.CreateDbContextAsync(ct);
            return Read(await again.Digests.AsNoTracking().SingleAsync(d => d.TopicId == topicId && d.Day == key, ct));
        }
        return new DigestResult(document, markdown, Stored: true);
    }

    /// <summary>
    /// Per topic: stored digests, the current partial day, and the unstored days that have articles among the
    /// last CatchUpDays days of the topic's data (counted from its newest article, so old data such as the demo's
    /// shows too), partial while open or held (see <see cref="IDigestHold"/>). Newest first.
    /// </summary>
    public async Task<IReadOnlyList<DigestArchiveEntry>> ArchiveAsync(string? topicId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = Clock.DayOf(now);
        var held = hold is not null && await hold.HoldsAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = new List<DigestArchiveEntry>();
        foreach (var topic in options.Value.Topics.Where(t => topicId is null || t.Id == topicId))
        {
            var stored = await db.Digests.AsNoTracking().Where(d => d.TopicId == topic.Id)
                .Select(d => new { d.Day, d.ArticleCount }).ToListAsync(ct);
            var days = stored.ToDictionary(d => DateOnly.ParseExact(d.Day, "yyyy-MM-dd"), d => new DigestArchiveEntry(topic.Id, DateOnly.ParseExact(d.Day, "yyyy-MM-dd"), d.ArticleCount, true, false));
            foreach (var (day, count) in await RecentDaysAsync(db, topic.Id, ct))
                if (!days.ContainsKey(day) && day <= today) days[day] = new DigestArchiveEntry(topic.Id, day, count, false, held || !Clock.IsClosed(day, now));
            if (!days.ContainsKey(today)) days[today] = new DigestArchiveEntry(topic.Id, today, 0, false, true);
            entries.AddRange(days.Values);
        }
        return entries.OrderByDescending(e => e.Day).ThenBy(e => e.TopicId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the digests of closed days that are not stored yet and have articles; returns how many.</summary>
    public async Task<int> CloseDaysAsync(IEnumerable<DateOnly> days, bool onlyWithArticles, CancellationToken ct)
    {
        var written = 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var topic in options.Value.Topics)
            foreach (var day in days.Where(d => Clock.IsClosed(d, now)))
            {
                await using (var db = await contexts.CreateDbContextAsync(ct))
                {
                    var key = day.ToString("yyyy-MM-dd");
                    if (await db.Digests.AnyAsync(d => d.TopicId == topic.Id && d.Day == key, ct)) continue;
                    if (onlyWithArticles && await CountAsync(db, topic.Id, day, ct) == 0) continue;
                }
                if (await GetAsync(topic.Id, day, ct) is { Stored: true }) written++;
            }
        return written;
    }

    private async Task<DigestDocument> BuildAsync(DashboardDbContext db, TopicOptions topic, DateOnly day, DateTime now, bool partial, CancellationToken ct)
    {
        var (start, end) = Clock.Window(day);
        var rows = await db.ArticleTopics.AsNoTracking()
            .Where(t => t.TopicId == topic.Id && t.SortAt >= start && t.SortAt < end)
            .Select(t => new { t.Article!.Id, t.Article.Title, t.Article.Link, t.Article.Outlet, t.Article.PerspectiveId, t.Article.Language, t.Article.SortAt, t.Article.StoryId })
            .ToListAsync(ct);
        var articles = rows.Select(r => new DigestArticle(r.Id, r.Title, r.Link, r.Outlet, r.PerspectiveId, r.Language,
            DateTime.SpecifyKind(r.SortAt, DateTimeKind.Utc), r.StoryId ?? r.Id)).ToList();
        var perspectives = options.Value.Perspectives.Select(p => (p.Id, p.Name)).ToList();
        return DigestBuilder.Build(topic.Id, topic.Name, day, now, partial, articles, perspectives, Clock.Zone, options.Value.Digest.Highlights);
    }

    private async Task<int> CountAsync(DashboardDbContext db, string topicId, DateOnly day, CancellationToken ct)
    {
        var (start, end) = Clock.Window(day);
        return await db.ArticleTopics.CountAsync(t => t.TopicId == topicId && t.SortAt >= start && t.SortAt < end, ct);
    }

    /// <summary>Days with articles among the topic's last CatchUpDays days of data, with their counts.</summary>
    private async Task<IReadOnlyList<(DateOnly Day, int Count)>> RecentDaysAsync(DashboardDbContext db, string topicId, CancellationToken ct)
    {
        var newest = await db.ArticleTopics.Where(t => t.TopicId == topicId).MaxAsync(t => (DateTime?)t.SortAt, ct);
        if (newest is null) return [];
        var days = new List<(DateOnly, int)>();
        var last = Clock.DayOf(DateTime.SpecifyKind(newest.Value, DateTimeKind.Utc));
        for (var i = 0; i < Math.Max(1, options.Value.Digest.CatchUpDays); i++)
        {
            var day = last.AddDays(-i);
            var count = await CountAsync(db, topicId, day, ct);
            if (count > 0) days.Add((day, count));
        }
        return days;
    }

    private static DigestResult Read(StoredDigest stored) =>
        new(JsonSerializer.Deserialize<DigestDocument>(stored.Json, Json)!, stored.Markdown, Stored: true);
}

using Dashboard.Live;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

/// <summary>Read side for views and the API; returns DTOs, never tracked entities.</summary>
public sealed class ArticleQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <summary>Newest first; a topic narrows through the (TopicId, SortAt) index.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> LatestAsync(int count, string? topic, CancellationToken ct)
    {
        count = Math.Clamp(count, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var articles = topic is null
            ? db.Articles.AsNoTracking()
            : db.ArticleTopics.AsNoTracking().Where(t => t.TopicId == topic).Select(t => t.Article!);
        var rows = await articles
            .OrderByDescending(a => a.SortAt).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new
            {
                a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule, a.Link, a.Snippet,
                a.PublishedAt, a.SeenAt, a.SortAt, a.FeedId, a.Language, a.StoryId,
                Topics = a.Topics.Select(t => t.TopicId).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(a => new ArticleSummary(a.Id, a.Title, a.Outlet, a.SourceId, a.PerspectiveId, a.PerspectiveRule,
            a.Link, a.Snippet, a.PublishedAt, a.SeenAt, a.SortAt, a.FeedId, a.Language, a.Topics) { StoryId = a.StoryId }).ToList();
    }

    public async Task<int> CountAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.CountAsync(ct);
    }
}

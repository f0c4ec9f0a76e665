using Dashboard.Live;
using Dashboard.Overview;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Overview;

/// <summary>One hand-described article of a test data set.</summary>
internal sealed record Row(long Id, DateTime SortAt, string Perspective = "us", string? Source = null, string? Outlet = null,
    string Title = "Title", string? Snippet = null, params string[] Topics)
{
    public IReadOnlyList<string> TopicIds => Topics.Length == 0 ? ["us-china"] : Topics;

    /// <summary>The article as a live push carries it (full tick precision, unlike the stored milliseconds).</summary>
    public ArticleSummary ToSummary() => new(Id, Title, Outlet, Source, Perspective, "test", null, Snippet, SortAt, SortAt, SortAt, "us-a", "en", TopicIds);
}

/// <summary>Writes rows straight through EF (exact ids and sort times) into a migrated test database.</summary>
internal static class OverviewTestData
{
    public static async Task<OverviewQueries> QueriesAsync(TestDatabase database, params Row[] rows)
    {
        var contexts = await database.MigratedAsync();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Articles.AddRange(rows.Select(r => new Article
            {
                Id = r.Id, DedupeKey = $"test:{r.Id}", Title = r.Title, Outlet = r.Outlet, SourceId = r.Source, PerspectiveId = r.Perspective,
                PerspectiveRule = "test", Snippet = r.Snippet, PublishedAt = r.SortAt, SeenAt = r.SortAt, SortAt = r.SortAt, FeedId = "us-a",
                Topics = r.TopicIds.Select(t => new ArticleTopic { TopicId = t, SortAt = r.SortAt, PerspectiveId = r.Perspective }).ToList(),
            }));
            await db.SaveChangesAsync();
            // These rows bypass ArticleStore, which maintains the search index and rollups on the real write path.
            await db.Database.OpenConnectionAsync();
            OverviewIndex.Rebuild((SqliteConnection)db.Database.GetDbConnection());
        }
        return new OverviewQueries(contexts, Options.Create(OverviewOptions.Create()));
    }

    public static DateTime Utc(string iso) => DateTime.Parse(iso, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

    public static ViewFilter View(string range = "24h", string[]? persp = null, string[]? src = null, string? q = null, string topic = "us-china", string? outlet = null) =>
        new() { Topic = topic, Range = TimeRange.Preset(range), Perspectives = persp ?? [], Sources = src ?? [], Query = q, Outlet = outlet };
}

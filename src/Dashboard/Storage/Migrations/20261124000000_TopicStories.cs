using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Storage.Migrations;

/// <summary>
/// Hand-written like InitialCreate: ArticleTopics carries its article's StoryId, and the (TopicId, SortAt) index
/// becomes covering for the newest-first walks — (TopicId, SortAt, ArticleId, PerspectiveId, StoryId) — so a view's
/// story ranking reads no Articles rows (on 1M articles, 20,000 row reads were most of its time); likewise the
/// (TopicId, PerspectiveId, SortAt) index gains ArticleId and StoryId for views of one perspective, and Articles'
/// (SourceId, SortAt) index PerspectiveId and StoryId for views filtered by source.
/// MigrationSchemaTests proves the result equals the model's EnsureCreated schema.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261124000000_TopicStories")]
public sealed partial class TopicStories : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<long>(name: "StoryId", table: "ArticleTopics", type: "INTEGER", nullable: true);
        m.Sql("""
            UPDATE ArticleTopics SET StoryId = (SELECT a.StoryId FROM Articles a WHERE a.Id = ArticleTopics.ArticleId)
            WHERE ArticleId IN (SELECT Id FROM Articles WHERE StoryId IS NOT NULL);
            """);
        m.DropIndex("IX_ArticleTopics_TopicId_SortAt", "ArticleTopics");
        m.CreateIndex("IX_ArticleTopics_TopicId_SortAt_ArticleId_PerspectiveId_StoryId", "ArticleTopics",
            new[] { "TopicId", "SortAt", "ArticleId", "PerspectiveId", "StoryId" });
        m.DropIndex("IX_ArticleTopics_TopicId_PerspectiveId_SortAt", "ArticleTopics");
        m.CreateIndex("IX_ArticleTopics_TopicId_PerspectiveId_SortAt_ArticleId_StoryId", "ArticleTopics",
            new[] { "TopicId", "PerspectiveId", "SortAt", "ArticleId", "StoryId" });
        m.Sql("UPDATE Articles SET SourceId = NULL WHERE SourceId = '';"); // none is null (see OverviewSql.SourceRows)
        m.DropIndex("IX_Articles_SourceId_SortAt", "Articles");
        m.CreateIndex("IX_Articles_SourceId_SortAt_PerspectiveId_StoryId", "Articles", new[] { "SourceId", "SortAt", "PerspectiveId", "StoryId" });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_Articles_SourceId_SortAt_PerspectiveId_StoryId", "Articles");
        m.DropIndex("IX_ArticleTopics_TopicId_PerspectiveId_SortAt_ArticleId_StoryId", "ArticleTopics");
        m.CreateIndex("IX_ArticleTopics_TopicId_PerspectiveId_SortAt", "ArticleTopics", new[] { "TopicId", "PerspectiveId", "SortAt" });
        m.CreateIndex("IX_Articles_SourceId_SortAt", "Articles", new[] { "SourceId", "SortAt" });
        m.DropIndex("IX_ArticleTopics_TopicId_SortAt_ArticleId_PerspectiveId_StoryId", "ArticleTopics");
        m.CreateIndex("IX_ArticleTopics_TopicId_SortAt", "ArticleTopics", new[] { "TopicId", "SortAt" });
        m.DropColumn("StoryId", "ArticleTopics");
    }
}

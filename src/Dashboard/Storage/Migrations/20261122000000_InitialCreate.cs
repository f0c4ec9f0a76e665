using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Storage.Migrations;

/// <summary>
/// Hand-written, like the migrations up to TopicStories (before the tooling could be restored here); their ids are in
/// existing databases' history, so they stay as they are. Later ones come from `dotnet ef migrations add`, diffed
/// against DashboardDbContextModelSnapshot. MigrationSchemaTests proves the schema they build equals EnsureCreated's.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261122000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Feeds",
            columns: t => new
            {
                Id = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Name = t.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Url = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Enabled = t.Column<bool>(type: "INTEGER", nullable: false),
                LastCheckAt = t.Column<long>(type: "INTEGER", nullable: true),
                LastSuccessAt = t.Column<long>(type: "INTEGER", nullable: true),
                NextCheckAt = t.Column<long>(type: "INTEGER", nullable: true),
                ETag = t.Column<string>(type: "TEXT", nullable: true),
                LastModified = t.Column<string>(type: "TEXT", nullable: true),
                LastHttpStatus = t.Column<int>(type: "INTEGER", nullable: true),
                LastError = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                LastErrorAt = t.Column<long>(type: "INTEGER", nullable: true),
                LastWarning = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                ConsecutiveErrors = t.Column<int>(type: "INTEGER", nullable: false),
                LastItemCount = t.Column<int>(type: "INTEGER", nullable: true),
                ItemsSeen = t.Column<long>(type: "INTEGER", nullable: false),
                ArticlesAdded = t.Column<long>(type: "INTEGER", nullable: false),
                TtlMinutes = t.Column<int>(type: "INTEGER", nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Feeds", x => x.Id));

        m.CreateTable(
            name: "Articles",
            columns: t => new
            {
                Id = t.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                DedupeKey = t.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                Title = t.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Outlet = t.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                OutletDomain = t.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                SourceId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                PerspectiveId = t.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                PerspectiveRule = t.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Link = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                CanonicalLink = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Guid = t.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Snippet = t.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                Language = t.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                PublishedAt = t.Column<long>(type: "INTEGER", nullable: true),
                SeenAt = t.Column<long>(type: "INTEGER", nullable: false),
                SortAt = t.Column<long>(type: "INTEGER", nullable: false),
                FeedId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Articles", x => x.Id));

        m.CreateTable(
            name: "FetchEvents",
            columns: t => new
            {
                Id = t.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FeedId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                At = t.Column<long>(type: "INTEGER", nullable: false),
                DurationMs = t.Column<int>(type: "INTEGER", nullable: false),
                Outcome = t.Column<int>(type: "INTEGER", nullable: false),
                HttpStatus = t.Column<int>(type: "INTEGER", nullable: true),
                Error = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Items = t.Column<int>(type: "INTEGER", nullable: false),
                NewArticles = t.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_FetchEvents", x => x.Id);
                t.ForeignKey("FK_FetchEvents_Feeds_FeedId", x => x.FeedId, "Feeds", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "ArticleTopics",
            columns: t => new
            {
                ArticleId = t.Column<long>(type: "INTEGER", nullable: false),
                TopicId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                SortAt = t.Column<long>(type: "INTEGER", nullable: false),
                PerspectiveId = t.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ArticleTopics", x => new { x.ArticleId, x.TopicId });
                t.ForeignKey("FK_ArticleTopics_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateIndex("IX_Articles_DedupeKey", "Articles", "DedupeKey", unique: true);
        m.CreateIndex("IX_Articles_PerspectiveId_SortAt", "Articles", new[] { "PerspectiveId", "SortAt" });
        m.CreateIndex("IX_Articles_SortAt", "Articles", "SortAt");
        m.CreateIndex("IX_Articles_SourceId_SortAt", "Articles", new[] { "SourceId", "SortAt" });
        m.CreateIndex("IX_ArticleTopics_TopicId_PerspectiveId_SortAt", "ArticleTopics", new[] { "TopicId", "PerspectiveId", "SortAt" });
        m.CreateIndex("IX_ArticleTopics_TopicId_SortAt", "ArticleTopics", new[] { "TopicId", "SortAt" });
        m.CreateIndex("IX_FetchEvents_FeedId_At", "FetchEvents", new[] { "FeedId", "At" });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("ArticleTopics");
        m.DropTable("FetchEvents");
        m.DropTable("Articles");
        m.DropTable("Feeds");
    }
}

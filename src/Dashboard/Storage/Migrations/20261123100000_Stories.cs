using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Storage.Migrations;

/// <summary>
/// Hand-written like InitialCreate: story assignment on articles, stored daily digests and spike alerts.
/// Existing articles keep StoryId null; the story index places them at start-up.
/// MigrationSchemaTests proves the result equals the model's EnsureCreated schema.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261123100000_Stories")]
public sealed class Stories : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<long>(name: "StoryId", table: "Articles", type: "INTEGER", nullable: true);
        m.CreateIndex("IX_Articles_StoryId", "Articles", "StoryId");

        m.CreateTable(
            name: "Digests",
            columns: t => new
            {
                Id = t.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                TopicId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Day = t.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                GeneratedAt = t.Column<long>(type: "INTEGER", nullable: false),
                ArticleCount = t.Column<int>(type: "INTEGER", nullable: false),
                Markdown = t.Column<string>(type: "TEXT", nullable: false),
                Json = t.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Digests", x => x.Id));
        m.CreateIndex("IX_Digests_TopicId_Day", "Digests", new[] { "TopicId", "Day" }, unique: true);

        m.CreateTable(
            name: "SpikeAlerts",
            columns: t => new
            {
                Id = t.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                TopicId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                PerspectiveId = t.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                Hour = t.Column<long>(type: "INTEGER", nullable: false),
                Count = t.Column<int>(type: "INTEGER", nullable: false),
                BaselineMean = t.Column<double>(type: "REAL", nullable: false),
                BaselineSd = t.Column<double>(type: "REAL", nullable: false),
                Z = t.Column<double>(type: "REAL", nullable: false),
                RaisedAt = t.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_SpikeAlerts", x => x.Id));
        m.CreateIndex("IX_SpikeAlerts_Hour", "SpikeAlerts", "Hour");
        m.CreateIndex("IX_SpikeAlerts_TopicId_PerspectiveId_Hour", "SpikeAlerts", new[] { "TopicId", "PerspectiveId", "Hour" }, unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SpikeAlerts");
        m.DropTable("Digests");
        m.DropIndex("IX_Articles_StoryId", "Articles");
        m.DropColumn("StoryId", "Articles");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Storage.Migrations;

/// <summary>
/// Hand-written like InitialCreate: feed outage periods for the volume chart's outage marks.
/// MigrationSchemaTests proves the result equals the model's EnsureCreated schema.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261122120000_FeedOutages")]
public sealed class FeedOutages : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "FeedOutages",
            columns: t => new
            {
                Id = t.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                FeedId = t.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                PerspectiveId = t.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                From = t.Column<long>(type: "INTEGER", nullable: false),
                To = t.Column<long>(type: "INTEGER", nullable: true),
                Error = t.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_FeedOutages", x => x.Id);
                t.ForeignKey("FK_FeedOutages_Feeds_FeedId", x => x.FeedId, "Feeds", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateIndex("IX_FeedOutages_FeedId", "FeedOutages", "FeedId");
        m.CreateIndex("IX_FeedOutages_PerspectiveId_From", "FeedOutages", new[] { "PerspectiveId", "From" });
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("FeedOutages");
}

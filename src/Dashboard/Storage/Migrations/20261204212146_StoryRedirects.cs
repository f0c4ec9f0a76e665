using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StoryRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoryRedirects",
                columns: table => new
                {
                    FromStoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    ToStoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryRedirects", x => x.FromStoryId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StoryRedirects_ToStoryId",
                table: "StoryRedirects",
                column: "ToStoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoryRedirects");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StoryRedirectsAndVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleVectors",
                columns: table => new
                {
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleVectors", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleVectors_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "ArticleVectors");

            migrationBuilder.DropTable(
                name: "StoryRedirects");
        }
    }
}

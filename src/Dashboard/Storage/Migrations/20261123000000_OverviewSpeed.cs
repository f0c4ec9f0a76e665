using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Storage.Migrations;

/// <summary>
/// Hand-written like InitialCreate: the overview's search index and hourly rollups (see OverviewIndex), backfilled
/// from the rows an existing database already holds. The tables are outside the EF model, so EnsureCreated does not
/// make them; OverviewIndex.Ensure does, from the same SQL, and MigrationSchemaTests compares both paths.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261123000000_OverviewSpeed")]
public sealed class OverviewSpeed : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.Sql(OverviewIndex.DropSql);
        m.Sql(OverviewIndex.CreateSql);
        m.Sql(OverviewIndex.BackfillSql);
    }

    protected override void Down(MigrationBuilder m) => m.Sql(OverviewIndex.DropSql);
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Benchmarks;

/// <summary>
/// For the read-query benchmarks on the 1M file, which time each execution on its own: Median and P95 columns,
/// since the target is a p95 latency.
/// </summary>
public sealed class PerExecutionConfig : ManualConfig
{
    public PerExecutionConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);

    /// <summary>Contexts on the 1,000,000-article file, generated (or migrated) first when needed.</summary>
    public static IDbContextFactory<DashboardDbContext> OverviewDatabase() =>
        new PooledDbContextFactory<DashboardDbContext>(DashboardDbOptions.For(OverviewDataGenerator.Ensure(log: Console.Out)));
}

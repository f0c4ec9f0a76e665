using Dashboard.Configuration;
using Dashboard.Search;
using Dashboard.Storage;
using Dashboard.Tests.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Search;

/// <summary>Search windows for tests, on a clock the test sets.</summary>
internal static class SearchWindowFactory
{
    public static SearchWindow Create(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options, DateTime now,
        ILogger<SearchWindow>? logger = null) =>
        Create(contexts, options, new ManualClock(new DateTimeOffset(now)), logger);

    public static SearchWindow Create(IDbContextFactory<DashboardDbContext> contexts, IOptions<DashboardOptions> options, TimeProvider clock,
        ILogger<SearchWindow>? logger = null) =>
        new(contexts, options, clock, logger ?? NullLogger<SearchWindow>.Instance);
}

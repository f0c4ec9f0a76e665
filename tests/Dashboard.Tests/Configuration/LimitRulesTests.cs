using Dashboard.Configuration;
using Xunit;

namespace Dashboard.Tests.Configuration;

public class LimitRulesTests
{
    private static void AssertReports(Action<DashboardOptions> breakIt, string path, string problem)
    {
        var options = ValidOptions.Create();
        breakIt(options);
        ProblemAssert.Reports(options, path, problem);
    }

    [Fact]
    public void Check_ZeroConcurrency_ReportsRange() =>
        AssertReports(o => o.Ingestion.MaxConcurrency = 0, "Ingestion:MaxConcurrency", "0 is out of range (at least 1)");

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public void Check_TimeoutOutsideOneTo300_ReportsRange(int seconds) =>
        AssertReports(o => o.Ingestion.TimeoutSeconds = seconds, "Ingestion:TimeoutSeconds", $"{seconds} is out of range (1–300)");

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void Check_SearchWindowDaysOutside0To366_ReportsRange(int days) =>
        AssertReports(o => o.Storage.SearchWindowDays = days, "Storage:SearchWindowDays", $"{days} is out of range (0–366)");

    [Fact]
    public void Check_ZeroMaxBodyBytes_ReportsRange() =>
        AssertReports(o => o.Ingestion.MaxBodyBytes = 0, "Ingestion:MaxBodyBytes", "0 is out of range (at least 1)");

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void Check_RedirectsOutsideZeroTo20_ReportsRange(int redirects) =>
        AssertReports(o => o.Ingestion.MaxRedirects = redirects, "Ingestion:MaxRedirects", $"{redirects} is out of range (0–20)");

    [Theory]
    [InlineData(-0.1, "-0.1")]
    [InlineData(0.6, "0.6")]
    [InlineData(double.NaN, "NaN")]
    public void Check_JitterOutsideZeroToHalf_ReportsRange(double jitter, string shown) =>
        AssertReports(o => o.Ingestion.Jitter = jitter, "Ingestion:Jitter", $"{shown} is out of range (0–0.5)");

    [Fact]
    public void Check_ZeroMinInterval_ReportsRange() =>
        AssertReports(o => o.Ingestion.MinIntervalMinutes = 0, "Ingestion:MinIntervalMinutes", "out of range");

    [Fact]
    public void Check_DefaultIntervalBelowMinimum_ReportsBothNumbers() =>
        AssertReports(o => o.Ingestion.DefaultIntervalMinutes = 3, "Ingestion:DefaultIntervalMinutes", "3 is below Ingestion:MinIntervalMinutes (5)");

    [Fact]
    public void Check_NegativeHostSpacing_ReportsRange() =>
        AssertReports(o => o.Ingestion.PerHostSpacingSeconds = -1, "Ingestion:PerHostSpacingSeconds", "out of range");

    [Fact]
    public void Check_ZeroBackoffCap_ReportsGreaterThanZero() =>
        AssertReports(o => o.Ingestion.MaxBackoffHours = 0, "Ingestion:MaxBackoffHours", "must be greater than 0");

    [Fact]
    public void Check_ZeroStaleAfter_ReportsRange() =>
        AssertReports(o => o.Ingestion.StaleAfterMinutes = 0, "Ingestion:StaleAfterMinutes", "out of range");

    [Fact]
    public void Check_EmptyDatabasePath_ReportsStorage() =>
        AssertReports(o => o.Storage.DatabasePath = " ", "Storage:DatabasePath", "missing");

    [Fact]
    public void Check_EmptyDemoDatabasePath_ReportsDemo() =>
        AssertReports(o => o.Demo.DatabasePath = "", "Demo:DatabasePath", "missing");

    [Fact]
    public void Check_DemoSharesStorageFile_ReportsDemoPath() =>
        AssertReports(o => o.Demo.DatabasePath = "./data/dashboard.db", "Demo:DatabasePath", "needs its own file");

    [Fact]
    public void Check_ZeroDemoItemsPerStep_ReportsRange() =>
        AssertReports(o => o.Demo.ItemsPerStep = 0, "Demo:ItemsPerStep", "0 is out of range (at least 1)");

    [Fact]
    public void Check_ZeroDemoInitialItems_ReportsRange() =>
        AssertReports(o => o.Demo.InitialItems = 0, "Demo:InitialItems", "0 is out of range (at least 1)");
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dashboard.Tests.Configuration;

public class AddDashboardConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    private static ServiceProvider Provider(IConfiguration configuration, int registrations = 1)
    {
        var services = new ServiceCollection();
        for (var i = 0; i < registrations; i++)
            services.AddDashboardConfiguration(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddDashboardConfiguration_TopLevelSections_BindsThem()
    {
        using var provider = Provider(Config(
            ("Perspectives:0:Id", "us"), ("Perspectives:0:Name", "United States"), ("Perspectives:0:Color", "#0072B2"),
            ("Ingestion:MaxConcurrency", "2"), ("Storage:DatabasePath", "x/y.db")));

        var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value;

        Assert.Equal("United States", Assert.Single(options.Perspectives).Name);
        Assert.Equal(2, options.Ingestion.MaxConcurrency);
        Assert.Equal("x/y.db", options.Storage.DatabasePath);
    }

    [Fact]
    public void AddDashboardConfiguration_InvalidConfiguration_ThrowsWithEveryProblem()
    {
        using var provider = Provider(Config(("Ingestion:MaxConcurrency", "0")));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DashboardOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.Contains("Perspectives: no perspectives configured", failure);
        Assert.Contains("Ingestion:MaxConcurrency: 0 is out of range", failure);
    }

    [Fact]
    public void AddDashboardConfiguration_InvalidConfiguration_FailsStartupValidation()
    {
        using var provider = Provider(Config(("Storage:DatabasePath", "")));

        // What the host runs at start (ValidateOnStart), before any request or background service.
        var startup = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(startup.Validate);
    }

    [Fact]
    public void AddDashboardConfiguration_CalledTwice_BindsListsOnce()
    {
        using var provider = Provider(Config(
            ("Perspectives:0:Id", "us"), ("Perspectives:0:Name", "United States"), ("Perspectives:0:Color", "#0072B2")), registrations: 2);

        var options = provider.GetRequiredService<IOptions<DashboardOptions>>().Value;

        Assert.Single(options.Perspectives);
    }

    [Fact]
    public void AddDashboardConfiguration_UnconvertibleListValue_ReportsEntryInsteadOfDroppingIt()
    {
        using var provider = Provider(Config(
            ("Perspectives:0:Id", "us"), ("Perspectives:0:Name", "United States"), ("Perspectives:0:Color", "#0072B2"),
            ("Feeds:0:Id", "gn-us"), ("Feeds:0:Name", "Google News US"), ("Feeds:0:Url", "https://news.google.com/rss"),
            ("Feeds:0:PerspectiveMode", "Sometimes")));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DashboardOptions>>().Value);

        Assert.Equal(
            "Feeds:0:PerspectiveMode: cannot read 'Sometimes' as FeedPerspectiveMode (use Fallback or Override)",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void AddDashboardConfiguration_NonNumericInterval_ReportsNumberExpected()
    {
        using var provider = Provider(Config(
            ("Perspectives:0:Id", "us"), ("Perspectives:0:Name", "United States"), ("Perspectives:0:Color", "#0072B2"),
            ("Feeds:0:Id", "a"), ("Feeds:0:Name", "A"), ("Feeds:0:Url", "https://a.example/rss"),
            ("Feeds:1:Id", "b"), ("Feeds:1:Name", "B"), ("Feeds:1:Url", "https://b.example/rss"), ("Feeds:1:IntervalMinutes", "ten")));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DashboardOptions>>().Value);

        Assert.Equal("Feeds:1:IntervalMinutes: cannot read 'ten' as a number", Assert.Single(error.Failures));
    }

    [Fact]
    public void AddDashboardConfiguration_DemoOriginalDatesNotABoolean_FailsNamingTheKey()
    {
        using var provider = Provider(Config(("Demo:OriginalDates", "maybe")));

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IOptions<DashboardOptions>>().Value);

        Assert.Contains("'Demo:OriginalDates'", ConfigurationErrorFormatter.TryDescribe(error));
    }

    [Fact]
    public void AddDashboardConfiguration_DemoOriginalDates_BindsItDefaultFalse()
    {
        (string, string) us = ("Perspectives:0:Id", "us"), name = ("Perspectives:0:Name", "United States"), color = ("Perspectives:0:Color", "#0072B2");
        using var given = Provider(Config(us, name, color, ("Demo:OriginalDates", "true")));
        using var absent = Provider(Config(us, name, color));

        Assert.True(given.GetRequiredService<IOptions<DashboardOptions>>().Value.Demo.OriginalDates);
        Assert.False(absent.GetRequiredService<IOptions<DashboardOptions>>().Value.Demo.OriginalDates);
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dashboard.Tests.Configuration;

public class ConfigurationErrorFormatterTests
{
    private static OptionsValidationException Failure(params string[] failures) =>
        new(Options.DefaultName, typeof(DashboardOptions), failures);

    [Fact]
    public void Describe_OneProblem_ReturnsTheLine()
    {
        Assert.Equal("Storage:DatabasePath: missing", ConfigurationErrorFormatter.Describe(Failure("Storage:DatabasePath: missing")));
    }

    [Fact]
    public void Describe_SeveralProblems_CountsThemOnePerIndentedLine()
    {
        var text = ConfigurationErrorFormatter.Describe(Failure("Feeds:0:Url: missing\nStorage:DatabasePath: missing", "Demo:StepSeconds: 0 is out of range (at least 1)"));

        Assert.Equal(
            "3 problems:\n  Feeds:0:Url: missing\n  Storage:DatabasePath: missing\n  Demo:StepSeconds: 0 is out of range (at least 1)",
            text);
    }

    [Fact]
    public void TryDescribe_ValidatorFailureFromServices_DescribesIt()
    {
        var services = new ServiceCollection().AddDashboardConfiguration(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var error = Record.Exception(() => provider.GetRequiredService<IOptions<DashboardOptions>>().Value);

        Assert.Equal("Perspectives: no perspectives configured (at least one is needed to compare coverage)", ConfigurationErrorFormatter.TryDescribe(error!));
    }

    [Fact]
    public void TryDescribe_UnconvertibleScalar_NamesTheKey()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Ingestion:MaxConcurrency", "many")])
            .Build();
        using var provider = new ServiceCollection().AddDashboardConfiguration(configuration).BuildServiceProvider();

        var error = Record.Exception(() => provider.GetRequiredService<IOptions<DashboardOptions>>().Value);

        Assert.Contains("Ingestion:MaxConcurrency", ConfigurationErrorFormatter.TryDescribe(error!));
    }

    [Fact]
    public void TryDescribe_UnrelatedException_ReturnsNull()
    {
        Assert.Null(ConfigurationErrorFormatter.TryDescribe(new InvalidOperationException("socket closed")));
    }
}

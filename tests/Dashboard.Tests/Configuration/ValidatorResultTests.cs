using Dashboard.Configuration;
using Xunit;

namespace Dashboard.Tests.Configuration;

public class ValidatorResultTests
{
    [Fact]
    public void Validate_ValidOptions_Succeeds()
    {
        var result = new DashboardOptionsValidator().Validate(null, ValidOptions.Create());
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_SeveralProblems_OneFailureWithOneLinePerProblem()
    {
        var options = ValidOptions.Create();
        options.Feeds[0].Url = "ftp://x";
        options.Sources[0].Perspective = "jp";
        options.Storage.DatabasePath = "";

        var result = new DashboardOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.Equal(
            ["Sources:0:Perspective: unknown perspective 'jp' (known: us, china)",
             "Feeds:0:Url: not an absolute http(s) URL: 'ftp://x'",
             "Storage:DatabasePath: missing"],
            failure.Split('\n'));
    }
}

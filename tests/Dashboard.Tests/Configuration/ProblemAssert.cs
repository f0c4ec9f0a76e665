using Dashboard.Configuration;
using Xunit;

namespace Dashboard.Tests.Configuration;

internal static class ProblemAssert
{
    /// <summary>Asserts the validator reports a problem at <paramref name="path"/> whose text contains <paramref name="problem"/>.</summary>
    public static void Reports(DashboardOptions options, string path, string problem)
    {
        var problems = DashboardOptionsValidator.Check(options);
        Assert.Contains(problems, line => line.StartsWith(path + ": ", StringComparison.Ordinal) && line.Contains(problem, StringComparison.Ordinal));
    }
}

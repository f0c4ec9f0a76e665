using Xunit;

namespace Dashboard.Tests.Configuration;

public class PerspectiveRulesTests
{
    [Fact]
    public void Check_Baseline_NoProblems()
    {
        Assert.Empty(Dashboard.Configuration.DashboardOptionsValidator.Check(ValidOptions.Create()));
    }

    [Fact]
    public void Check_NoPerspectives_ReportsPerspectivesSection()
    {
        var options = ValidOptions.Create();
        options.Perspectives.Clear();
        ProblemAssert.Reports(options, "Perspectives", "no perspectives configured");
    }

    [Fact]
    public void Check_MissingId_ReportsIdPath()
    {
        var options = ValidOptions.Create();
        options.Perspectives[1].Id = " ";
        ProblemAssert.Reports(options, "Perspectives:1:Id", "missing");
    }

    [Fact]
    public void Check_MissingName_ReportsNamePath()
    {
        var options = ValidOptions.Create();
        options.Perspectives[0].Name = "";
        ProblemAssert.Reports(options, "Perspectives:0:Name", "missing");
    }

    [Theory]
    [InlineData("United States")]
    [InlineData("US")]
    [InlineData("us_china")]
    [InlineData("-us")]
    public void Check_NonSlugId_ReportsInvalidId(string id)
    {
        var options = ValidOptions.Create();
        options.Perspectives[0].Id = id;
        ProblemAssert.Reports(options, "Perspectives:0:Id", $"invalid id '{id}'");
    }

    [Fact]
    public void Check_DuplicateIdDifferentCase_ReportsDuplicate()
    {
        var options = ValidOptions.Create();
        options.Perspectives[1].Id = "US";
        ProblemAssert.Reports(options, "Perspectives:1:Id", "duplicate id 'US' (same as Perspectives:0)");
    }

    [Fact]
    public void Check_UnclassifiedId_ReportsReserved()
    {
        var options = ValidOptions.Create();
        options.Perspectives[1].Id = "unclassified";
        ProblemAssert.Reports(options, "Perspectives:1:Id", "reserved");
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#0072B2; background:url(x)")]
    public void Check_NonHexColour_ReportsInvalidColour(string colour)
    {
        var options = ValidOptions.Create();
        options.Perspectives[0].Color = colour;
        ProblemAssert.Reports(options, "Perspectives:0:Color", "invalid colour");
    }
}

using Xunit;

namespace Dashboard.Tests.Configuration;

public class TopicRulesTests
{
    [Fact]
    public void Check_DuplicateTopicId_ReportsDuplicate()
    {
        var options = ValidOptions.Create();
        options.Topics[1].Id = "us-china";
        ProblemAssert.Reports(options, "Topics:1:Id", "duplicate id 'us-china' (same as Topics:0)");
    }

    [Fact]
    public void Check_TopicWithoutName_ReportsMissingName()
    {
        var options = ValidOptions.Create();
        options.Topics[1].Name = "";
        ProblemAssert.Reports(options, "Topics:1:Name", "missing");
    }

    [Fact]
    public void Check_EmptyKeyword_ReportsKeywordPath()
    {
        var options = ValidOptions.Create();
        options.Topics[0].Keywords.Add("  ");
        ProblemAssert.Reports(options, "Topics:0:Keywords:2", "empty keyword");
    }

    [Theory]
    [InlineData("Xi & ")]
    [InlineData("& Trump")]
    [InlineData("Xi && Trump")]
    public void Check_ConjunctionWithEmptyPhrase_ReportsEmptyPhrase(string keyword)
    {
        var options = ValidOptions.Create();
        options.Topics[0].Keywords[1] = keyword;
        ProblemAssert.Reports(options, "Topics:0:Keywords:1", "empty phrase");
    }
}

using Xunit;

namespace Dashboard.Tests.Configuration;

public class SourceRulesTests
{
    [Fact]
    public void Check_UnknownSourcePerspective_ReportsKnownIds()
    {
        var options = ValidOptions.Create();
        options.Sources[1].Perspective = "jp";
        ProblemAssert.Reports(options, "Sources:1:Perspective", "unknown perspective 'jp' (known: us, china)");
    }

    [Fact]
    public void Check_SourceWithoutPerspective_ReportsMissing()
    {
        var options = ValidOptions.Create();
        options.Sources[0].Perspective = "";
        ProblemAssert.Reports(options, "Sources:0:Perspective", "missing");
    }

    [Fact]
    public void Check_DuplicateSourceId_ReportsDuplicate()
    {
        var options = ValidOptions.Create();
        options.Sources[2].Id = "NYT";
        ProblemAssert.Reports(options, "Sources:2:Id", "duplicate id 'NYT' (same as Sources:1)");
    }

    [Fact]
    public void Check_SourceWithoutName_ReportsMissingName()
    {
        var options = ValidOptions.Create();
        options.Sources[2].Name = "";
        ProblemAssert.Reports(options, "Sources:2:Name", "missing");
    }

    [Fact]
    public void Check_DomainOfAnotherSource_ReportsBothSources()
    {
        var options = ValidOptions.Create();
        options.Sources[2].Domains.Add("news.cn");
        ProblemAssert.Reports(options, "Sources:2:Domains:1", "domain 'news.cn' is also used by Sources:0 (xinhua)");
    }

    [Fact]
    public void Check_AliasNamingAnotherSource_ReportsName()
    {
        var options = ValidOptions.Create();
        options.Sources[2].Aliases.Add("xinhua");
        ProblemAssert.Reports(options, "Sources:2:Aliases:0", "name 'xinhua' is also used by Sources:0 (xinhua)");
    }

    [Theory]
    [InlineData("https://cnn.com")]
    [InlineData("www.cnn.com")]
    [InlineData("CNN.com")]
    [InlineData("cnn.com/world")]
    [InlineData("cnn")]
    public void Check_MalformedDomain_ReportsInvalidDomain(string domain)
    {
        var options = ValidOptions.Create();
        options.Sources[1].Domains[0] = domain;
        ProblemAssert.Reports(options, "Sources:1:Domains:0", $"invalid domain '{domain}'");
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("us")]
    [InlineData("")]
    public void Check_MalformedCountry_ReportsCountry(string country)
    {
        var options = ValidOptions.Create();
        options.Sources[1].Country = country;
        ProblemAssert.Reports(options, "Sources:1:Country", country.Length == 0 ? "missing" : $"invalid country '{country}'");
    }
}

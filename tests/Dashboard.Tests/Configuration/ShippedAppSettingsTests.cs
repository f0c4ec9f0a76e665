using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Configuration;
using Xunit;

namespace Dashboard.Tests.Configuration;

/// <summary>The appsettings.json at the repository root is the app's real configuration.</summary>
public class ShippedAppSettingsTests
{
    [Fact]
    public void ShippedAppSettings_Validate_NoProblems()
    {
        Assert.Empty(DashboardOptionsValidator.Check(RepositoryRoot.BindShippedOptions()));
    }

    [Fact]
    public void ShippedAppSettings_ThroughRegistration_Binds()
    {
        var options = RepositoryRoot.ShippedOptions();
        Assert.NotEmpty(options.Feeds);
    }

    [Fact]
    public void ShippedAppSettings_Sources_AtLeastForty()
    {
        Assert.True(RepositoryRoot.BindShippedOptions().Sources.Count >= 40);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("CN")]
    [InlineData("JP")]
    [InlineData("TW")]
    [InlineData("HK")]
    [InlineData("KR")]
    [InlineData("SG")]
    [InlineData("GB")]
    [InlineData("INT")]
    public void ShippedAppSettings_Sources_CoverCountry(string country)
    {
        Assert.Contains(RepositoryRoot.BindShippedOptions().Sources, s => s.Country == country);
    }

    [Theory]
    [InlineData("us", "United States")]
    [InlineData("china", "China")]
    public void ShippedAppSettings_Perspectives_IncludeTheComparedSides(string id, string name)
    {
        Assert.Contains(RepositoryRoot.BindShippedOptions().Perspectives, p => p.Id == id && p.Name == name);
    }

    [Fact]
    public void ShippedAppSettings_Topics_IncludeUsChina()
    {
        var topic = Assert.Single(RepositoryRoot.BindShippedOptions().Topics, t => t.Id == "us-china");
        Assert.Equal("US vs China", topic.Name);
        Assert.NotEmpty(topic.Keywords);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("china")]
    public void ShippedAppSettings_Feeds_EnabledForPerspective(string perspective)
    {
        Assert.Contains(RepositoryRoot.BindShippedOptions().Feeds, f => f.Enabled && f.Perspective == perspective && f.Topics.Contains("us-china"));
    }

    [Fact]
    public void ShippedAppSettings_HostSections_Kept()
    {
        var configuration = RepositoryRoot.LoadConfiguration();
        Assert.Equal("*", configuration["AllowedHosts"]);
        Assert.Equal("Information", configuration["Logging:LogLevel:Default"]);
    }
}

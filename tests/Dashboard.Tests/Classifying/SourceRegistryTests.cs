using Dashboard.Classifying;
using Xunit;

namespace Dashboard.Tests.Classifying;

public class SourceRegistryTests
{
    private readonly SourceRegistry registry = new(TestRegistry.Options());

    [Theory]
    [InlineData("news.cn", "xinhua")]
    [InlineData("english.news.cn", "xinhua")]
    [InlineData("www.xinhuanet.com", "xinhua")]
    [InlineData("edition.cnn.com", "cnn")]
    [InlineData("news.cgtn.com", "cgtn")]
    [InlineData("WWW.NYTimes.COM", "nyt")]
    [InlineData("nytimes.com.", "nyt")]
    [InlineData("https://english.news.cn/20251125/abc/c.html", "xinhua")]
    [InlineData("www.bloomberg.com:443", "bloomberg")]
    [InlineData("  cnn.com  ", "cnn")]
    public void FindByDomain_HostOfRegisteredDomain_ReturnsSource(string host, string expectedId)
    {
        Assert.Equal(expectedId, registry.FindByDomain(host)?.Id);
    }

    [Theory]
    [InlineData("notnytimes.com")]
    [InlineData("nytimes.com.evil.example")]
    [InlineData("news.google.com")]
    [InlineData("cn")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("https://")]
    public void FindByDomain_UnregisteredOrLookalike_ReturnsNull(string? host)
    {
        Assert.Null(registry.FindByDomain(host));
    }

    [Fact]
    public void FindByDomain_RegisteredSubdomain_BeatsParentDomain()
    {
        Assert.Equal("nikkei-asia", registry.FindByDomain("asia.nikkei.com")?.Id);
        Assert.Equal("nikkei", registry.FindByDomain("www.nikkei.com")?.Id);
    }

    [Fact]
    public void MatchDomain_Subdomain_ReportsRegisteredDomain()
    {
        var match = registry.MatchDomain("english.news.cn");
        Assert.Equal("news.cn", match?.Domain);
        Assert.Equal("xinhua", match?.Source.Id);
    }

    [Theory]
    [InlineData("新华网", "xinhua")]
    [InlineData("Xinhua", "xinhua")]
    [InlineData("  the new york times ", "nyt")]
    [InlineData("NEW YORK TIMES", "nyt")]
    public void FindByName_NameOrAliasAnyCase_ReturnsSource(string name, string expectedId)
    {
        Assert.Equal(expectedId, registry.FindByName(name)?.Id);
    }

    [Theory]
    [InlineData("news.cgtn.com", "cgtn")]
    [InlineData("Bloomberg.com", "bloomberg")]
    public void FindByName_NameThatIsADomain_ResolvesByDomain(string name, string expectedId)
    {
        Assert.Equal(expectedId, registry.FindByName(name)?.Id);
    }

    [Theory]
    [InlineData("CCTV.com English")]
    [InlineData("Xinhua News")]
    [InlineData("York Times")]
    [InlineData("   ")]
    [InlineData(null)]
    public void FindByName_UnknownName_ReturnsNull(string? name)
    {
        Assert.Null(registry.FindByName(name));
    }

    [Fact]
    public void Find_ConfiguredId_ReturnsSource()
    {
        Assert.Equal("The New York Times", registry.Find("nyt")?.Name);
        Assert.Null(registry.Find("wsj"));
        Assert.Null(registry.Find(null));
    }
}

using Dashboard.Classifying;
using Dashboard.Configuration;
using Xunit;
using static Dashboard.Tests.Classifying.TestRegistry;

namespace Dashboard.Tests.Classifying;

public class PerspectiveClassifierTests
{
    private const string GoogleNewsLink = "https://news.google.com/rss/articles/CBMiWkFVX3lxTFBk?oc=5";

    private readonly PerspectiveClassifier classifier;

    public PerspectiveClassifierTests()
    {
        var options = Options();
        classifier = new PerspectiveClassifier(new SourceRegistry(options), options);
    }

    [Fact]
    public void Classify_OverrideFeed_FeedPerspectiveWithSourceStillResolved()
    {
        var result = classifier.Classify(Article("新华网", "news.cn", GoogleNewsLink), Feed("us", FeedPerspectiveMode.Override));

        Assert.Equal(new Classification(result.Source, "us", "feed override: Test Feed"), result);
        Assert.Equal("xinhua", result.Source?.Id);
    }

    [Fact]
    public void Classify_GoogleNewsSourceUrl_RegistryByOutletDomain()
    {
        var result = classifier.Classify(Article("Xinhua", "english.news.cn", GoogleNewsLink), Feed("us"));

        Assert.Equal("china", result.PerspectiveId);
        Assert.Equal("source registry: news.cn", result.Rule);
        Assert.Equal("xinhua", result.Source?.Id);
    }

    [Fact]
    public void Classify_OutletDomainAndOtherName_DomainDecides()
    {
        var result = classifier.Classify(Article("Xinhua", "edition.cnn.com"), Feed());

        Assert.Equal(("us", "source registry: cnn.com"), (result.PerspectiveId, result.Rule));
    }

    [Fact]
    public void Classify_UnknownOutletDomain_RegistryByLinkDomain()
    {
        var result = classifier.Classify(
            Article(outletDomain: "feeds.example", link: "https://www.nytimes.com/2025/11/24/world/asia/trump-xi-call.html"), Feed("china"));

        Assert.Equal(("us", "source registry: nytimes.com"), (result.PerspectiveId, result.Rule));
    }

    [Fact]
    public void Classify_GoogleNewsLinkWithoutSourceUrl_RegistryByOutletName()
    {
        var result = classifier.Classify(Article("新华网", "news.google.com", GoogleNewsLink), Feed("us"));

        Assert.Equal(("china", "source registry: name \"新华网\""), (result.PerspectiveId, result.Rule));
    }

    [Fact]
    public void Classify_UnknownOutletFeedWithDefault_FeedDefault()
    {
        var result = classifier.Classify(Article("Some Blog", "someblog.example"), Feed("japan"));

        Assert.Equal(new Classification(null, "japan", "feed default: Test Feed"), result);
    }

    [Fact]
    public void Classify_UnknownOutletNoDefault_UnclassifiedNamingOutlet()
    {
        var result = classifier.Classify(Article("Some Blog", "someblog.example"), Feed());

        Assert.Equal(new Classification(null, "unclassified", "no registry match for \"Some Blog\" and feed has no default"), result);
        Assert.True(result.IsUnclassified);
    }

    [Fact]
    public void Classify_NoOutletNoDomain_UnclassifiedNamingLinkHost()
    {
        var result = classifier.Classify(Article(link: "https://www.someblog.example/post/1"), Feed());

        Assert.Equal("no registry match for \"someblog.example\" and feed has no default", result.Rule);
    }

    [Fact]
    public void Classify_FeedPerspectiveNotConfigured_Unclassified()
    {
        // Validation rejects this; the classifier still never answers an id that is not configured.
        var result = classifier.Classify(Article("Some Blog"), Feed("korea", FeedPerspectiveMode.Override));

        Assert.Equal("unclassified", result.PerspectiveId);
    }
}

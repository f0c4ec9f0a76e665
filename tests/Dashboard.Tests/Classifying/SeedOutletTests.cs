using Dashboard.Classifying;
using Dashboard.Configuration;
using Dashboard.Tests.Configuration;
using Xunit;
using static Dashboard.Tests.Classifying.TestRegistry;

namespace Dashboard.Tests.Classifying;

/// <summary>The outlets and headlines of seed 002 (the original system's digest) against the shipped appsettings.json.</summary>
public class SeedOutletTests
{
    private static readonly DashboardOptions Shipped = RepositoryRoot.BindShippedOptions();
    private const string GoogleNewsLink = "https://news.google.com/rss/articles/CBMifEFVX3lxTFBvUkh5Z3g4TlJCX2xz?oc=5";

    // The 14 names of the seed's `sources:` front matter, with the source and perspective checked by hand.
    [Theory]
    [InlineData("Japan Wire by KYODO NEWS", "kyodo", "japan")]
    [InlineData("The Japan Times", "japan-times", "japan")]
    [InlineData("The New York Times", "nyt", "us")]
    [InlineData("AnewZ", "anewz", "other")]
    [InlineData("Firstpost", "firstpost", "other")]
    [InlineData("Nikkei Asia", "nikkei", "japan")]
    [InlineData("CCTV.com English", "cctv", "china")]
    [InlineData("The Straits Times", "straits-times", "other")]
    [InlineData("조선일보", "chosun", "korea")]
    [InlineData("Bloomberg.com", "bloomberg", "us")]
    [InlineData("South China Morning Post", "scmp", "other")]
    [InlineData("新华网", "xinhua", "china")]
    [InlineData("news.cgtn.com", "cgtn", "china")]
    [InlineData("China Daily", "china-daily", "china")]
    public void FindByName_SeedOutlet_ResolvesInShippedRegistry(string outlet, string expectedId, string expectedPerspective)
    {
        var source = new SourceRegistry(Shipped).FindByName(outlet);

        Assert.Equal((expectedId, expectedPerspective), (source?.Id, source?.Perspective));
    }

    [Fact]
    public void Classify_CctvFromUsEditionOverrideFeed_GetsUsAsTheSeedSystemDid()
    {
        var classifier = new PerspectiveClassifier(new SourceRegistry(Shipped), Shipped);
        var usEdition = new FeedOptions
        {
            Id = "gn-us-edition", Name = "Google News (US edition)", Perspective = "us", PerspectiveMode = FeedPerspectiveMode.Override,
            Url = "https://news.google.com/rss/search?q=China&hl=en-US&gl=US&ceid=US:en",
        };

        var result = classifier.Classify(Article("CCTV.com English", "english.cctv.com", GoogleNewsLink), usEdition);

        Assert.Equal(("us", "feed override: Google News (US edition)", "cctv"), (result.PerspectiveId, result.Rule, result.Source?.Id));
    }

    [Fact]
    public void Classify_CctvFromShippedUsChinaFeed_GetsChinaFromRegistry()
    {
        var classifier = new PerspectiveClassifier(new SourceRegistry(Shipped), Shipped);
        var feed = Shipped.Feeds.Single(f => f.Id == "gn-us-china");

        var result = classifier.Classify(Article("CCTV.com English", "english.cctv.com", GoogleNewsLink), feed);

        Assert.Equal(("china", "source registry: cctv.com"), (result.PerspectiveId, result.Rule));
    }

    // Seed 002 headlines, topics checked by hand against the shipped keywords (feed without topics).
    [Theory]
    [InlineData("BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy", "japan-china")]
    [InlineData("'Return' to China not an option for Taiwan's people, premier says", "taiwan-strait")]
    [InlineData("Xi Presses Trump on Taiwan as They Agree to Meet in China in April", "us-china,taiwan-strait")]
    [InlineData("Takaichi and Trump hold call on China after Taiwan backlash", "us-china,taiwan-strait,japan-china")]
    [InlineData("Xi says China, U.S. should keep up momentum in ties, move forward in right direction", "us-china")]
    [InlineData("Ne Zha-Transformers collaboration set to air as US-China frictions ease", "us-china")]
    [InlineData("US lab unveils ‘fully open’ AI models in challenge to China’s dominance", "us-china")]
    [InlineData("Xi Jinping pledges support for Venezuelan President Nicolas Maduro", "")]
    public void Match_SeedHeadline_ShippedTopics(string title, string expected)
    {
        var topics = new TopicMatcher(Shipped).Match(Article(title: title), Feed());

        Assert.Equal(expected, string.Join(',', topics));
    }
}

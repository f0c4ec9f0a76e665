using Dashboard.Classifying;
using Dashboard.Configuration;
using Xunit;
using static Dashboard.Tests.Classifying.TestRegistry;

namespace Dashboard.Tests.Classifying;

public class TopicMatcherTests
{
    private static TopicMatcher Matcher(params (string Id, string[] Keywords)[] topics) => new(new DashboardOptions
    {
        Topics = topics.Select(t => new TopicOptions { Id = t.Id, Name = t.Id, Keywords = [.. t.Keywords] }).ToList(),
    });

    private static IReadOnlyList<string> Match(TopicMatcher matcher, string title, string? snippet = null, params string[] feedTopics) =>
        matcher.Match(Article(title: title, snippet: snippet), Feed(topics: feedTopics));

    /// <summary>Real trade headlines of the seed day (demo): the shipped rules put them under US–China trade.</summary>
    [Theory]
    [InlineData("Xi aims to use TikTok deal and trade talks to press Trump on Taiwan")]
    [InlineData("China and US resume trade talks in Geneva")]
    public void Match_ShippedTradeRules_TradeHeadlinesOfTheSeedDay(string title)
    {
        var matcher = new TopicMatcher(Configuration.RepositoryRoot.BindShippedOptions());
        Assert.Contains("us-china-trade", Match(matcher, title));
    }

    [Fact]
    public void Match_FeedTopicWithoutKeywordHit_IncludesFeedTopic()
    {
        var matcher = Matcher(("us-china", ["US-China"]), ("trade", ["tariffs"]));
        Assert.Equal(["trade"], Match(matcher, "Weather in Tokyo", feedTopics: "trade"));
    }

    [Fact]
    public void Match_NoFeedTopicNoKeyword_Empty()
    {
        Assert.Empty(Match(Matcher(("trade", ["tariffs"])), "Weather in Tokyo", "Sunny."));
    }

    [Theory]
    [InlineData("China tariffs rise", true)]
    [InlineData("CHINA TARIFFS RISE", true)]
    [InlineData("Tariffs: what next", true)]
    [InlineData("Tariffsville opens", false)]
    [InlineData("Antitariffs group", false)]
    public void Match_Keyword_WholeWordAnyCase(string title, bool expected)
    {
        Assert.Equal(expected, Match(Matcher(("trade", ["tariffs"])), title).Contains("trade"));
    }

    [Theory]
    [InlineData("Tension in the Taiwan Strait", true)]
    [InlineData("Tension in the Taiwan  strait", true)]
    [InlineData("Taiwanese strait crossing", false)]
    public void Match_Phrase_WholePhraseAnySpacing(string title, bool expected)
    {
        Assert.Equal(expected, Match(Matcher(("strait", ["Taiwan Strait"])), title).Contains("strait"));
    }

    [Theory]
    [InlineData("US–China frictions ease", true)]
    [InlineData("US-China frictions ease", true)]
    [InlineData("US China frictions ease", true)]
    [InlineData("USChina frictions", false)]
    public void Match_DashInKeyword_AnyDashOrSpace(string title, bool expected)
    {
        Assert.Equal(expected, Match(Matcher(("us-china", ["US-China"])), title).Contains("us-china"));
    }

    [Theory]
    [InlineData("US and China agree", true)]
    [InlineData("Xi tells US: China will not yield", true)]
    [InlineData("Let us talk about China", false)]
    [InlineData("Join us in China", false)]
    public void Match_AllCapsWord_MatchesCaseSensitively(string title, bool expected)
    {
        Assert.Equal(expected, Match(Matcher(("us-china", ["US & China"])), title).Contains("us-china"));
    }

    [Theory]
    [InlineData("Xi talks with Trump over phone", null, true)]
    [InlineData("Xi talks over phone", "The call with Trump lasted an hour.", true)]
    [InlineData("Xi talks over phone", "The call lasted an hour.", false)]
    [InlineData("Xià visits Trump Tower", null, false)]
    public void Match_Conjunction_AllPhrasesInTitleOrSnippet(string title, string? snippet, bool expected)
    {
        Assert.Equal(expected, Match(Matcher(("us-china", ["Xi & Trump"])), title, snippet).Contains("us-china"));
    }

    [Theory]
    [InlineData("推动中美关系稳定发展", true)]
    [InlineData("中美關係", false)]
    [InlineData("미중 갈등 심화", true)]
    [InlineData("미중은 대화를", true)]
    public void Match_CjkKeyword_MatchesAsSubstring(string title, bool expected)
    {
        Assert.Equal(expected, Match(Matcher(("us-china", ["中美关系", "미중"])), title).Contains("us-china"));
    }

    [Fact]
    public void Match_CurlyApostrophe_MatchesStraightKeyword()
    {
        Assert.Equal(["pd"], Match(Matcher(("pd", ["People's Daily"])), "People’s Daily commentary"));
    }

    [Fact]
    public void Match_FeedTopicAlsoMatchedByKeyword_OnceInConfigurationOrder()
    {
        var matcher = Matcher(("us-china", ["US-China"]), ("trade", ["tariffs"]), ("taiwan", ["Taiwan"]));

        var topics = Match(matcher, "US-China tariffs and Taiwan", null, "taiwan", "us-china");

        Assert.Equal(["us-china", "trade", "taiwan"], topics);
    }

    [Fact]
    public void Match_SharedPhraseAcrossTopics_EachTopicJudgedOnItsOwn()
    {
        var matcher = Matcher(("a", ["China & tariffs"]), ("b", ["China & Japan"]));

        Assert.Equal(["b"], Match(matcher, "China and Japan hold talks"));
    }
}

using Dashboard.Analysis;

namespace Dashboard.Tests.Analysis;

public sealed class TermTokenizerTests
{
    [Fact]
    public void Tokenize_WireLabelAndPossessive_KeepsOnlyEventTerms()
    {
        Assert.Equal(["japan", "top", "foreign", "ministry", "official", "hold", "talk", "china", "envoy"],
            TermTokenizer.Tokenize("BREAKING NEWS: Japan's top Foreign Ministry official holds talks with China's envoy"));
    }

    [Fact]
    public void Tokenize_HyphenatedAndCurlyQuotes_SplitsAndFolds()
    {
        Assert.Equal(["trump", "visit", "china"], TermTokenizer.Tokenize("Trump Says He’ll Visit China"));
        Assert.Equal(["china", "japan", "tie", "deteriorate"], TermTokenizer.Tokenize("China-Japan ties deteriorate"));
    }

    [Fact]
    public void Tokenize_CjkRun_GivesCharacterBigrams()
    {
        Assert.Equal(["新华", "华网"], TermTokenizer.Tokenize("新华网"));
    }

    [Theory]
    [InlineData("crisis", "crisis")]
    [InlineData("us", "us")]
    [InlineData("the", null)]
    [InlineData("policies", "policy")]
    [InlineData("talks", "talk")]
    [InlineData("press", "press")]
    [InlineData("presses", "press")]
    [InlineData("clashes", "clash")]
    [InlineData("taxes", "tax")]
    [InlineData("1990s", "1990s")]
    public void Fold_Word_GivesExpectedTerm(string word, string? expected) => Assert.Equal(expected, TermTokenizer.Fold(word));
}

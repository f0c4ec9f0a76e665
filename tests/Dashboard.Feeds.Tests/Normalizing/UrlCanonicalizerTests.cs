using Dashboard.Feeds.Normalizing;

namespace Dashboard.Feeds.Tests.Normalizing;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://WWW.Example.COM/News/Story/", "https://www.example.com/News/Story")]
    [InlineData("https://example.com/a?utm_source=x&id=7&UTM_MEDIUM=y&fbclid=1&gclid=2&oc=5#comments", "https://example.com/a?id=7")]
    [InlineData("https://example.com/?utm_campaign=z", "https://example.com")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com/a?b=2&a=1", "https://example.com/a?b=2&a=1")]
    public void Canonicalize_HttpUrl_ReturnsCanonicalForm(string url, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:a@example.com")]
    [InlineData("not a url")]
    public void Canonicalize_NotHttp_ReturnsNull(string? url)
    {
        Assert.Null(UrlCanonicalizer.Canonicalize(url));
    }

    [Theory]
    [InlineData("https://news.google.com/rss/articles/CBMiAbc?oc=5", "CBMiAbc")]
    [InlineData("https://news.google.com/articles/CBMiXyz", "CBMiXyz")]
    [InlineData("https://news.google.com/search?q=x", null)]
    [InlineData("https://example.com/rss/articles/CBMiAbc", null)]
    public void ArticleId_Link_ReturnsGoogleIdOrNull(string link, string? expected)
    {
        Assert.Equal(expected, GoogleNews.ArticleId(link));
    }
}

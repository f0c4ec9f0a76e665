using System.Text;
using Dashboard.Fetching;

namespace Dashboard.Tests.Fetching;

public sealed class FeedSnifferTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"/>", "application/rss+xml")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generated --><?xml-stylesheet href=\"s.xsl\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "text/html")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "text/html")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x \"a>b\">]><rss version=\"0.91\"/>", "text/html")]
    [InlineData("<channel/>", "application/xml")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1\"}", "application/json")]
    [InlineData("<rss version=\"2.0\"/>", null)]
    public void IsHtmlPage_FeedBody_IsFalse(string body, string? mediaType) =>
        Assert.False(FeedSniffer.IsHtmlPage(Encoding.UTF8.GetBytes(body), mediaType));

    [Theory]
    [InlineData("<!doctype html><title>x</title>", "application/rss+xml")]
    [InlineData("\uFEFF \r\n<!-- cache --> <HTML lang=\"en\">", "text/xml")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html/>", null)]
    [InlineData("<div>Temporarily unavailable</div>", "text/html")]
    [InlineData("", "text/html")]
    [InlineData("Service unavailable", "TEXT/HTML")]
    [InlineData("<body/>", "application/xhtml+xml")]
    public void IsHtmlPage_HtmlBodyOrUnconvincingHtmlType_IsTrue(string body, string? mediaType) =>
        Assert.True(FeedSniffer.IsHtmlPage(Encoding.UTF8.GetBytes(body), mediaType));

    [Fact]
    public void IsHtmlPage_Utf16HtmlWithBom_IsTrue()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body/></html>")).ToArray();

        Assert.True(FeedSniffer.IsHtmlPage(body, "application/xml"));
    }

    [Fact]
    public void IsHtmlPage_Utf16FeedWithBomLabelledHtml_IsFalse()
    {
        var body = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("<rss version=\"2.0\"/>")).ToArray();

        Assert.False(FeedSniffer.IsHtmlPage(body, "text/html"));
    }
}

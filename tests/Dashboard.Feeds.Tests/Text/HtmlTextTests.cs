using Dashboard.Feeds.Text;

namespace Dashboard.Feeds.Tests.Text;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToPlainText_Null_ReturnsNull()
    {
        Assert.Null(HtmlText.ToPlainText(null));
    }

    [Fact]
    public void ToPlainText_PlainString_ReturnsSameInstance()
    {
        const string title = "Xi talks with Trump over phone";
        Assert.Same(title, HtmlText.ToPlainText(title));
    }

    [Theory]
    [InlineData("<p>Hello <b>world</b></p>", "Hello world")]
    [InlineData("<p>One</p><p>Two</p>", "One Two")]
    [InlineData("line<br>break", "line break")]
    [InlineData("Caf&eacute; &amp; bar&nbsp;&nbsp;&#8212; &#x4E2D;", "Café & bar — 中")]
    [InlineData("1 < 2 and 3 > 2", "1 < 2 and 3 > 2")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("  lots \n of\t\twhitespace  ", "lots of whitespace")]
    [InlineData("<a href=\"https://news.google.com/rss/articles/x?oc=5\" target=\"_blank\">Headline</a>&nbsp;&nbsp;<font color=\"#6f6f6f\">Outlet</font>", "Headline Outlet")]
    [InlineData("<style>p { color: red }</style><p>Text</p>", "Text")]
    [InlineData("<!-- comment -->visible", "visible")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr></table>", "a b")]
    [InlineData("&copy2025 legacy entity", "©2025 legacy entity")]
    public void ToPlainText_Markup_ReturnsText(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlainText(html));
    }

    [Theory]
    [InlineData("<script>alert(1)</script><img src=x onerror=alert(2)>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<object data=\"x.swf\">fallback</object>")]
    public void ToPlainText_HostileMarkup_YieldsNoCode(string html)
    {
        var text = HtmlText.ToPlainText(html)!;
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void ToPlainText_HostileMarkupAroundText_KeepsOnlyText()
    {
        Assert.Equal("Breaking news", HtmlText.ToPlainText("<script>alert(1)</script>Breaking <img src=x onerror=alert(2)>news"));
    }

    [Fact]
    public void ToPlainText_DeeplyNestedMarkup_DoesNotOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "deep";
        Assert.Equal("deep", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void ToPlainText_MaxLength_CutsAtWordBoundaryWithEllipsis()
    {
        var text = HtmlText.ToPlainText("<p>The quick brown fox jumps over the lazy dog</p>", 20)!;
        Assert.Equal("The quick brown fox…", text);
        Assert.True(text.Length <= 20);
    }

    [Fact]
    public void Truncate_OneLongWord_HardCutWithinLimit()
    {
        var text = HtmlText.Truncate(new string('x', 50), 10);
        Assert.Equal(new string('x', 9) + "…", text);
    }

    [Fact]
    public void Truncate_ShortText_Unchanged()
    {
        Assert.Equal("short", HtmlText.Truncate("short", 300));
    }

    /// <summary>The fast path must give exactly what the HTML5 parser gives for everything it accepts.</summary>
    [Theory]
    [InlineData("<a href=\"x\">Headline</a>&nbsp;&nbsp;<font color=\"#6f6f6f\">Outlet</font>")]
    [InlineData("<p>Para <em>one</em></p><p>two<br/>three</p>")]
    [InlineData("<div><ul><li>a</li><li>b</li></ul></div>tail")]
    [InlineData("<a title='x > y'>quoted &gt; attribute</a>")]
    [InlineData("<b>&#38;</b> &#x26; &amp; &lt;tag&gt; &quot;q&quot; &apos;")]
    [InlineData("a < b <3 c")]
    [InlineData("<img src=\"a.jpg\" alt=\"pic\">caption<hr>end")]
    [InlineData("<p>unclosed <b>bold <i>both</b> italic</i> done")]
    [InlineData("<h1>Title</h1><blockquote>quote</blockquote><pre>  code  </pre>")]
    [InlineData("<a href=a=\"b>c\">after")]
    [InlineData("<a =\"x>y\">z")]
    [InlineData("<a href = 'x' title=>text</a>")]
    public void SimpleHtml_AcceptedInput_MatchesAngleSharp(string html)
    {
        Assert.True(SimpleHtmlProbe.TryToText(html, out var fast), "the fast path should accept this input");
        Assert.Equal(Whitespace.Collapse(HtmlText.ExtractText(html)), Whitespace.Collapse(fast));
    }

    [Theory]
    [InlineData("<script>x</script>")]
    [InlineData("<!-- c -->")]
    [InlineData("<table><td>x</table>")]
    [InlineData("&copy2025")]
    [InlineData("&#150;")]
    [InlineData("<a href=\"unterminated")]
    public void SimpleHtml_TrickyInput_DeclinesToAngleSharp(string html)
    {
        Assert.False(SimpleHtmlProbe.TryToText(html, out _));
    }
}

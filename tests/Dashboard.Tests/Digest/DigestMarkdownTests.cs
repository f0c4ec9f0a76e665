using Dashboard.Digest;
using static Dashboard.Tests.Digest.DigestTestData;

namespace Dashboard.Tests.Digest;

public sealed class DigestMarkdownTests
{
    private static DigestDocument Document(bool partial = false, IReadOnlyList<DigestSource>? sources = null, IReadOnlyList<string>? overall = null) => new(
        "us-china", "US vs China", new DateOnly(2025, 11, 25), Utc("2025-11-25T04:00:06.034Z"), partial, 3,
        ["Reuters", "新华网"],
        [new DigestPerspective("us", "United States", 2), new DigestPerspective("china", "China", 1)],
        overall ?? ["Xi and Trump talk", "Tariffs rise"],
        [new DigestSection("us", "United States", ["Tariffs rise", "Xi and Trump talk"]), new DigestSection("china", "China", ["Xi holds talks"])],
        sources ??
        [
            new DigestSource(1, "en-US", "Tariffs rise", "https://example.com/1", "Reuters", new DateOnly(2025, 11, 25), "us", 1),
            new DigestSource(2, "en-US", "Xi and Trump talk", "https://example.com/2", "Reuters", new DateOnly(2025, 11, 24), "us", 2),
            new DigestSource(3, "zh-CN", "Xi holds talks", "https://example.com/3", "新华网", new DateOnly(2025, 11, 24), "china", 3),
        ]);

    [Fact]
    public void Write_FixedDocument_GivesSeedLayout()
    {
        const string expected = """
            ---
            title: "US vs China News - 2025-11-25"
            date: 2025-11-25T04:00:06.034Z
            topic: us-china
            topicName: "US vs China"
            sources: ["Reuters", "新华网"]
            articleCount: 3
            perspectives:
              - id: "us"
                name: "United States"
                count: 2
              - id: "china"
                name: "China"
                count: 1
            usSources: 2
            chinaSources: 1
            draft: false
            ---

            ## Overall Highlights

            - Xi and Trump talk
            - Tariffs rise

            <!--more-->

            ## United States Perspective (United States Sources)

            - Tariffs rise
            - Xi and Trump talk

            ## China Perspective (China Sources)

            - Xi holds talks

            ## Sources

            This summary is based on 3 articles from the following sources:

            1. [en-US] [Tariffs rise](https://example.com/1) - Reuters (11/25/2025)
            2. [en-US] [Xi and Trump talk](https://example.com/2) - Reuters (11/24/2025)
            3. [zh-CN] [Xi holds talks](https://example.com/3) - 新华网 (11/24/2025)

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), DigestMarkdown.Write(Document()));
    }

    [Fact]
    public void Write_EmptyDay_GivesFixedSentencesInsteadOfLists()
    {
        var empty = DigestBuilder.Build("us-china", "US vs China", new DateOnly(2025, 11, 25), Utc("2025-11-25T04:00:06.034Z"), true,
            [], UsChina, TimeZoneInfo.Utc);
        const string expected = """
            ---
            title: "US vs China News - 2025-11-25"
            date: 2025-11-25T04:00:06.034Z
            topic: us-china
            topicName: "US vs China"
            sources: []
            articleCount: 0
            perspectives: []
            partial: true
            draft: false
            ---

            ## Overall Highlights

            No highlights for this day.

            <!--more-->

            ## Sources

            This summary is based on 0 articles.

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), DigestMarkdown.Write(empty));
    }

    [Fact]
    public void Write_HostileTitle_StaysOneLineOfLiteralText()
    {
        var hostile = new DigestSource(1, "en", "Evil] [x](javascript:alert(1)) <script>alert(1)</script>\nline *two* &amp;",
            "https://example.com/a_(b)?q=1 2", "Out\"let [x]", new DateOnly(2025, 11, 25), "us", 1);

        var line = SourceLines(DigestMarkdown.Write(Document(sources: [hostile]))).Single();

        Assert.Equal(@"1. [en] [Evil\] \[x\](javascript:alert(1)) \<script>alert(1)\</script> line \*two\* \&amp;](https://example.com/a_\(b\)?q=1%202) - Out""let \[x\] (11/25/2025)",
            line);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData(null)]
    public void Write_NonHttpLink_WritesTitleWithoutLink(string? link)
    {
        var source = new DigestSource(1, "en", "Title", link, "Outlet", new DateOnly(2025, 11, 25), "us", 1);

        Assert.Equal("1. [en] Title - Outlet (11/25/2025)", SourceLines(DigestMarkdown.Write(Document(sources: [source]))).Single());
    }

    [Fact]
    public void Write_HeadlineThatLooksLikeMarkdownBlock_IsEscapedInTheBullet()
    {
        var md = DigestMarkdown.Write(Document(overall: ["# Heading?", "1. Listed", "> quoted", "- dash", "[link](https://x.test)"]));

        Assert.Contains("\n- \\# Heading?\n- 1\\. Listed\n- \\> quoted\n- \\- dash\n- \\[link\\](https://x.test)\n", md);
    }

    [Fact]
    public void Write_QuoteInNamesAndBadLanguage_IsQuotedYamlAndUnd()
    {
        var d = Document(sources: [new DigestSource(1, "en] [x", "T", null, "O", new DateOnly(2025, 11, 25), "us", 1)]) with
        {
            TopicName = "A \"quoted\" \\ topic",
            Sources = ["Say \"hi\""],
        };

        var md = DigestMarkdown.Write(d);

        Assert.Contains("\ntopicName: \"A \\\"quoted\\\" \\\\ topic\"\n", md);
        Assert.Contains("\nsources: [\"Say \\\"hi\\\"\"]\n", md);
        Assert.Contains("\n1. [und] T - O (11/25/2025)\n", md);
    }

    [Fact]
    public void Write_SingleArticle_SaysArticleNotArticles()
    {
        var one = Document(sources: [new DigestSource(1, "en", "T", null, "O", new DateOnly(2025, 11, 25), "us", 1)]);

        Assert.Contains("\nThis summary is based on 1 article from the following sources:\n", DigestMarkdown.Write(one));
    }

    [Theory]
    [InlineData("US China")]
    [InlineData("us\nchina")]
    public void Write_TopicIdNotASlug_Throws(string topicId)
    {
        Assert.Throws<ArgumentException>(() => DigestMarkdown.Write(Document() with { TopicId = topicId }));
    }

    private static IEnumerable<string> SourceLines(string markdown) =>
        markdown.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0]));
}

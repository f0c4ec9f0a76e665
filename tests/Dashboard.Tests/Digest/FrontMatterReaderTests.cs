using Dashboard.Digest;

namespace Dashboard.Tests.Digest;

public sealed class FrontMatterReaderTests
{
    private const string Sample = """
        ---
        title: "Say \"hi\" \\ there"
        date: 2025-11-25T04:00:06.034Z
        single: 'it''s'
        count: 20
        negative: -3
        draft: false
        empty:
        none: ~
        list: ["a", "b, c", plain]
        nothing: []
        perspectives:
          - id: "us"
            name: "United States"
            count: 10
          - id: "china"
            count: 2
        # a comment
        tags:
          - one
          - "two"
        ---

        ## First
        text
        ## Second (with parens)
        """;

    [Fact]
    public void Read_Sample_GivesTypedValues()
    {
        var fm = FrontMatterReader.Read(Sample).FrontMatter;

        Assert.Equal("Say \"hi\" \\ there", fm["title"]);
        Assert.Equal("2025-11-25T04:00:06.034Z", fm["date"]);
        Assert.Equal("it's", fm["single"]);
        Assert.Equal(20L, fm["count"]);
        Assert.Equal(-3L, fm["negative"]);
        Assert.Equal(false, fm["draft"]);
        Assert.Null(fm["empty"]);
        Assert.Null(fm["none"]);
        Assert.Equal(["a", "b, c", "plain"], Assert.IsType<List<object?>>(fm["list"]));
        Assert.Empty(Assert.IsType<List<object?>>(fm["nothing"]));
        Assert.Equal(["one", "two"], Assert.IsType<List<object?>>(fm["tags"]));
    }

    [Fact]
    public void Read_BlockSequenceOfMappings_GivesDictionaries()
    {
        var perspectives = Assert.IsType<List<object?>>(FrontMatterReader.Read(Sample).FrontMatter["perspectives"]);

        var us = Assert.IsType<Dictionary<string, object?>>(perspectives[0]);
        Assert.Equal(new Dictionary<string, object?> { ["id"] = "us", ["name"] = "United States", ["count"] = 10L }, us);
        Assert.Equal(new Dictionary<string, object?> { ["id"] = "china", ["count"] = 2L }, perspectives[1]);
    }

    [Fact]
    public void Read_Sample_GivesHeadingsAndBody()
    {
        var doc = FrontMatterReader.Read(Sample);

        Assert.Equal(["First", "Second (with parens)"], doc.Sections);
        Assert.Equal("\n## First\ntext\n## Second (with parens)", doc.Body.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Read_CrLfAndBom_ReadsTheSame()
    {
        var doc = FrontMatterReader.Read("\uFEFF---\r\ncount: 1\r\n---\r\n## Only\r\n");

        Assert.Equal(1L, doc.FrontMatter["count"]);
        Assert.Equal(["Only"], doc.Sections);
    }

    [Theory]
    [InlineData("title: x\n---\n", 1, "expected '---'")]
    [InlineData("---\ntitle: x\n", 3, "not closed")]
    [InlineData("---\ntitle: \"open\n---\n", 2, "not closed by '\"'")]
    [InlineData("---\na: 1\na: 2\n---\n", 3, "duplicate key 'a'")]
    [InlineData("---\nlist:\n  - id: 1\n      deep: 2\n---\n", 4, "unexpected indentation")]
    [InlineData("---\n  indented: 1\n---\n", 2, "expected 'key: value'")]
    [InlineData("---\nlist: [\"a\" \"b\"]\n---\n", 2, "expected ',' or ']'")]
    [InlineData("---\nlist: [\"a\"\n---\n", 2, "not closed by ']'")]
    [InlineData("---\nmap: {a: 1}\n---\n", 2, "unsupported")]
    [InlineData("---\nx: \"a\" trailing\n---\n", 2, "after the value")]
    [InlineData("---\nx: \"\\q\"\n---\n", 2, "unknown escape")]
    [InlineData("---\nnot a key\n---\n", 2, "expected 'key: value'")]
    public void Read_Malformed_ThrowsWithLineNumber(string markdown, int line, string message)
    {
        var e = Assert.Throws<FormatException>(() => FrontMatterReader.Read(markdown));

        Assert.StartsWith($"digest: line {line}: ", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Read_WrittenDigest_RoundTripsTheFrontMatter()
    {
        var d = DigestTestData.Build(
        [
            DigestTestData.Article(1, "A", "us", "2025-11-25T01:00:00Z", outlet: "Say \"hi\" [x]"),
            DigestTestData.Article(2, "B", "china", "2025-11-25T02:00:00Z", outlet: "新华网"),
        ], partial: true);

        var fm = FrontMatterReader.Read(DigestMarkdown.Write(d)).FrontMatter;

        Assert.Equal(["Say \"hi\" [x]", "新华网"], Assert.IsType<List<object?>>(fm["sources"]));
        Assert.Equal("US vs China", fm["topicName"]);
        Assert.Equal(1L, fm["usSources"]);
        Assert.Equal(true, fm["partial"]);
    }
}

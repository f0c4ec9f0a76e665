using System.Text;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Document(string declaration, string title, Encoding encoding) =>
        encoding.GetBytes($"{declaration}<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>");

    [Fact]
    public void Parse_DeclaredWindows1252_DecodesCurlyQuotes()
    {
        var data = Document("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", "“Quoted” – café", Encoding.GetEncoding(1252));
        Assert.Contains((byte)0x93, data); // really single-byte 1252, not UTF-8
        Assert.Equal("“Quoted” – café", FeedParser.Parse(data).Title);
    }

    [Fact]
    public void Parse_DeclaredIso88591WithC1Bytes_DecodesAsWindows1252()
    {
        var data = Document("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "It’s", Encoding.GetEncoding(1252));
        Assert.Equal("It’s", FeedParser.Parse(data).Title);
    }

    [Fact]
    public void Parse_DeclaredEucKr_DecodesKorean()
    {
        var data = Document("<?xml version=\"1.0\" encoding=\"euc-kr\"?>", "조선일보 년", Encoding.GetEncoding("euc-kr"));
        Assert.Equal("조선일보 년", FeedParser.Parse(data).Title);
    }

    [Fact]
    public void Parse_DeclaredGb2312_DecodesChinese()
    {
        var data = Document("<?xml version=\"1.0\" encoding=\"gb2312\"?>", "新华网", Encoding.GetEncoding("gb2312"));
        Assert.Equal("新华网", FeedParser.Parse(data).Title);
    }

    [Fact]
    public void Parse_Utf8Bom_IsSkipped()
    {
        var data = Encoding.UTF8.GetPreamble().Concat(Document("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "新华网", Encoding.UTF8)).ToArray();
        Assert.Equal("新华网", FeedParser.Parse(data).Title);
    }

    [Theory]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16LE", false)]
    [InlineData("utf-32", true)]
    public void Parse_WideEncodings_DetectedFromBomOrLayout(string encodingName, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var body = Document("<?xml version=\"1.0\"?>", "ニュース", encoding);
        var data = bom ? encoding.GetPreamble().Concat(body).ToArray() : body;
        Assert.Equal("ニュース", FeedParser.Parse(data).Title);
    }

    [Fact]
    public void Parse_InvalidUtf8WithoutDeclaration_FallsBackToWindows1252()
    {
        var data = Document("", "caf\u00e9 \u201cnews\u201d", Encoding.GetEncoding(1252)); // é = 0xE9: invalid as UTF-8
        Assert.Equal("café “news”", FeedParser.Parse(data).Title);
    }

    [Fact]
    public void Parse_UnknownDeclaredEncoding_ReadsUtf8()
    {
        var data = Document("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>", "新华网", Encoding.UTF8);
        Assert.Equal("新华网", FeedParser.Parse(data).Title);
    }
}

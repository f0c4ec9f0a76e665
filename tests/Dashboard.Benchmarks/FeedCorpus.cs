using System.Text;

namespace Dashboard.Benchmarks;

/// <summary>Benchmark inputs: a generated Google News-like RSS 2.0 document and the feedparser corpus.</summary>
internal static class FeedCorpus
{
    /// <summary>RSS 2.0 of about <paramref name="targetBytes"/> bytes, items shaped like Google News results.</summary>
    public static byte[] GoogleNewsLikeRss(int targetBytes)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>"China" - Google News</title><link>https://news.google.com/</link><language>en-US</language>""");
        for (var i = 0; xml.Length < targetBytes; i++)
            xml.Append($"""
                <item><title>Xi presses Trump on Taiwan as they agree to meet in April, item {i} - The New York Times</title>
                <link>https://news.google.com/rss/articles/CBMihgFBVV95cUxPa0gxS01TWkFndjgxWDl3ZHY5S2ZRRGVX{i}?oc=5</link>
                <guid isPermaLink="false">CBMihgFBVV95cUxPa0gxS01TWkFndjgxWDl3ZHY5S2ZRRGVX{i}</guid>
                <pubDate>Tue, 25 Nov 2025 {i % 24:00}:{i % 60:00}:06 GMT</pubDate>
                <description>&lt;a href="https://news.google.com/rss/articles/CBMi{i}?oc=5" target="_blank"&gt;Xi presses Trump on Taiwan as they agree to meet in April&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The New York Times&lt;/font&gt;</description>
                <source url="https://www.nytimes.com">The New York Times</source></item>
                """);
        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    /// <summary>The feedparser fixtures beside the repository (../shared/corpus/feedparser), or none.</summary>
    public static IReadOnlyList<byte[]> FeedparserFixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus", "feedparser");
            if (Directory.Exists(corpus))
                return Directory.EnumerateFiles(corpus, "*.xml", SearchOption.AllDirectories).Order().Select(File.ReadAllBytes).ToList();
        }
        return [];
    }
}

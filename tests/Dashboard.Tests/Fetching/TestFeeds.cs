using System.Text;

namespace Dashboard.Tests.Fetching;

internal static class TestFeeds
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Loopback</title>
        <item><title>Headline - Outlet</title><link>https://example.org/a</link></item>
        </channel></rss>
        """;

    public static byte[] RssBytes => Encoding.UTF8.GetBytes(Rss);
}

namespace Dashboard.Feeds.Tests.Text;

/// <summary>Access to the internal fast path (InternalsVisibleTo) under a test-local name.</summary>
internal static class SimpleHtmlProbe
{
    public static bool TryToText(string html, out string text) => Dashboard.Feeds.Text.SimpleHtml.TryToText(html, out text);
}

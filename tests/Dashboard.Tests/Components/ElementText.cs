using AngleSharp.Dom;

namespace Dashboard.Tests.Components;

internal static class ElementText
{
    /// <summary>An element's text with runs of whitespace as single spaces: Razor's line breaks are not content.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

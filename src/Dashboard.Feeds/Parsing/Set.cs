namespace Dashboard.Feeds.Parsing;

/// <summary>
/// "First value wins" assignment whose value is always evaluated. The adapters' values come from
/// reading the element, and the element must be consumed even when the field is already set, which
/// <c>??=</c> would silently skip.
/// </summary>
internal static class Set
{
    public static void IfNull<T>(ref T? field, T? value) where T : class => field ??= value;

    public static void IfNull<T>(ref T? field, T? value) where T : struct => field ??= value;
}

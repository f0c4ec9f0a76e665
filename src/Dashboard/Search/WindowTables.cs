namespace Dashboard.Search;

/// <summary>The window's interned ids, shared by its segments.</summary>
internal sealed class WindowTables
{
    public WindowStrings Topics { get; } = new();
    public WindowStrings Perspectives { get; } = new();
    public WindowStrings Sources { get; } = new();
    public WindowStrings Outlets { get; } = new();
}

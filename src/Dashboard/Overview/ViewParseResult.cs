namespace Dashboard.Overview;

/// <summary>The view a query string asks for, and one human-readable notice per parameter that could not be honoured.</summary>
public sealed record ViewParseResult(ViewFilter Filter, IReadOnlyList<string> Notices);

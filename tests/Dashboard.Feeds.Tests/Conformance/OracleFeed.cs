namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>The fields the differential test compares, as CodeHollow.FeedReader reads them.</summary>
public sealed record OracleFeed(string? Title, IReadOnlyList<OracleEntry> Entries);

/// <summary>One item as CodeHollow.FeedReader reads it; dates are UTC, null when absent or unparsable.</summary>
public sealed record OracleEntry(string? Title, string? Link, DateTime? Published, DateTime? Updated);

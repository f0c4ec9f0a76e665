namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// The outcome of comparing one fixture. The counts let the test prove that the comparison was not vacuous:
/// an empty disagreement list means nothing if neither parser read the fixture.
/// </summary>
public sealed record FixtureComparison(IReadOnlyList<Disagreement> Disagreements, bool BothRead, int EntriesCompared);

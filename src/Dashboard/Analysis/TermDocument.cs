namespace Dashboard.Analysis;

/// <summary>One document of a perspective for <see cref="DistinctiveTerms"/>: an article's headline + " " + snippet.</summary>
public sealed record TermDocument(string PerspectiveId, string Text);

namespace Dashboard.Analysis;

/// <summary>The distinctive terms of one perspective, best first.</summary>
/// <param name="PerspectiveId">The perspective.</param>
/// <param name="Documents">How many input documents the perspective had (including those without any term).</param>
/// <param name="Terms">At most <c>top</c> terms with z &gt; 0, by z descending then term (ordinal).</param>
public sealed record PerspectiveTerms(string PerspectiveId, int Documents, IReadOnlyList<DistinctiveTerm> Terms);

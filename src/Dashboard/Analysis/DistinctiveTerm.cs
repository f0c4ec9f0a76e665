namespace Dashboard.Analysis;

/// <summary>
/// A term that one perspective uses more than the others (see <see cref="DistinctiveTerms"/>).
/// </summary>
/// <param name="Term">The term as <see cref="TermTokenizer"/> produces it.</param>
/// <param name="Z">The log-odds ratio divided by its estimated standard deviation; the ranking key.</param>
/// <param name="LogOdds">δ, the prior-smoothed log-odds ratio of this perspective against all others together.</param>
/// <param name="Count">Documents of this perspective that contain the term.</param>
/// <param name="OtherCount">Documents of all other perspectives that contain the term.</param>
public sealed record DistinctiveTerm(string Term, double Z, double LogOdds, int Count, int OtherCount);

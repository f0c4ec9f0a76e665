namespace Dashboard.Stories;

/// <summary>Knobs of <see cref="StoryClusterer"/>; the defaults are the values measured in docs/analysis.md.</summary>
public sealed class StoryClusteringOptions
{
    /// <summary>A new article may only join a story with an article at most this far from its time (either side).</summary>
    public int WindowHours { get; set; } = 48;

    /// <summary>Minimum TF-IDF cosine between the new article and one story member for the article to join that story.</summary>
    public double Threshold { get; set; } = 0.30;

    /// <summary>Weight of a snippet term relative to a headline term: snippets are longer and wander off the event.</summary>
    public double SnippetWeight { get; set; } = 0.5;

    /// <summary>Only the first terms of a snippet count; later sentences are background rather than the event.</summary>
    public int MaxSnippetTerms { get; set; } = 30;

    /// <summary>
    /// A term held by more live articles than this is not used to look up candidates (it still counts in the cosine):
    /// it keeps placement bounded at 100,000 articles, and such a term says little about the event anyway.
    /// </summary>
    public int MaxPostingsPerTerm { get; set; } = 2000;

    /// <summary>
    /// Distinct terms the new article must share with the member it joins: one shared name ("Xi") is never enough,
    /// however rare it is in the window.
    /// </summary>
    public int MinSharedTerms { get; set; } = 2;
}

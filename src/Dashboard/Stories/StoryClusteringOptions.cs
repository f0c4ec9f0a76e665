namespace Dashboard.Stories;

/// <summary>Knobs of <see cref="StoryClusterer"/>; the defaults are the values measured in docs/analysis.md.</summary>
public sealed class StoryClusteringOptions
{
    /// <summary>A new article may only join a story with an article at most this far from its time (either side).</summary>
    public int WindowHours { get; set; } = 48;

    /// <summary>
    /// Least average similarity between a new article and a story's articles for the article to join the story;
    /// also the least average similarity between two stories' articles for them to be merged.
    /// </summary>
    public double Threshold { get; set; } = 0.28;

    /// <summary>
    /// Share of the sentence-embedding cosine in the similarity of two headlines both in English script; the rest is
    /// the TF-IDF cosine, which keeps rare names (a company, a person) decisive.
    /// </summary>
    public double EmbeddingWeight { get; set; } = 0.5;

    /// <summary>IDF is raised to this power: shared rare names count for much more than shared common words.</summary>
    public double IdfPower { get; set; } = 2.5;

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
    /// Without embeddings (a headline not in English script, or no model): distinct terms the new article must share
    /// with an article for the TF-IDF cosine to count: one shared name ("Xi") is never enough.
    /// </summary>
    public int MinSharedTerms { get; set; } = 2;

    /// <summary>Two stories are compared for a merge only while the pairs of their articles are at most this many.</summary>
    public int MaxMergePairs { get; set; } = 40_000;

    /// <summary>Entities and their names in several languages (appsettings Stories:Aliases).</summary>
    public IReadOnlyList<StoryAlias> Aliases { get; set; } = [];
}

using Dashboard.Analysis;

namespace Dashboard.Stories;

/// <summary>
/// Inverted index over the window's articles: term → live holders. It also gives the document frequencies, so
/// IDF follows what the window is currently about (a week of Taiwan news makes "taiwan" cheap, "maduro" dear).
/// </summary>
internal sealed class StoryIndex(StoryClusteringOptions options)
{
    private readonly Dictionary<string, TermPostings> _terms = new(StringComparer.Ordinal);
    private readonly AliasMatcher _aliases = new(options.Aliases);
    private int _nextTermId;

    public int Count { get; private set; }

    /// <summary>Unit-length TF-IDF vector of the headline terms, its aliased entities and down-weighted snippet terms.</summary>
    public (TermPostings[] Terms, float[] Weights) Vectorize(string title, string? snippet)
    {
        // Headlines rarely repeat a word, so presence (1 or the snippet weight) is the term frequency.
        var raw = new Dictionary<TermPostings, double>();
        foreach (var term in TermTokenizer.Tokenize(title)) raw[Postings(term)] = 1.0;
        foreach (var entity in _aliases.Entities(title)) raw[Postings(entity)] = 1.0;
        foreach (var term in TermTokenizer.Tokenize(snippet).Take(options.MaxSnippetTerms))
            raw.TryAdd(Postings(term), options.SnippetWeight);

        var terms = raw.Keys.OrderBy(t => t.Id).ToArray();
        var weights = new float[terms.Length];
        double norm = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var w = raw[terms[i]] * Math.Pow(Math.Log((Count + 1.0) / (terms[i].Live + 1.0)) + 1.0, options.IdfPower);
            weights[i] = (float)w;
            norm += w * w;
        }
        if (norm > 0)
        {
            var scale = 1.0 / Math.Sqrt(norm);
            for (var i = 0; i < weights.Length; i++) weights[i] = (float)(weights[i] * scale);
        }
        return (terms, weights);
    }

    /// <summary>Live holders of the terms, skipping terms too common to be worth looking up.</summary>
    public IEnumerable<StoryArticle> Candidates(TermPostings[] terms)
    {
        foreach (var postings in terms)
        {
            if (postings.Live > options.MaxPostingsPerTerm) continue;
            foreach (var article in postings.Articles)
                if (!article.Evicted) yield return article;
        }
    }

    public void Add(StoryArticle article)
    {
        foreach (var postings in article.Terms) postings.Add(article);
        Count++;
    }

    public void Remove(StoryArticle article)
    {
        article.Evicted = true;
        foreach (var postings in article.Terms)
        {
            postings.Remove();
            if (postings.Live == 0) _terms.Remove(postings.Term);
        }
        Count--;
    }

    private TermPostings Postings(string term)
    {
        if (!_terms.TryGetValue(term, out var postings))
        {
            postings = new TermPostings(term, _nextTermId++);
            _terms[term] = postings;
        }
        return postings;
    }
}

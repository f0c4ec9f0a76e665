namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>A fact that is skipped, with the reason shown, when the feedparser corpus is not on this machine.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusLocator.FeedparserDirectory is null)
            Skip = $"feedparser corpus not found at {CorpusLocator.SearchedFrom}";
    }
}

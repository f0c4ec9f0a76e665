using System.Text.RegularExpressions;
using Dashboard.Configuration;
using Dashboard.Feeds.Normalizing;
using Microsoft.Extensions.Options;

namespace Dashboard.Classifying;

/// <summary>
/// Gives an article its topics: the feed's own, plus every topic with a keyword in the title or
/// snippet (see <see cref="KeywordPattern"/> for how phrases match and <see cref="TopicKeywordSyntax"/>
/// for "a &amp; b"). Runs for every article, so patterns are compiled once here.
/// </summary>
public sealed class TopicMatcher
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private readonly CompiledTopic[] topics;
    private readonly Regex[] phrases;

    public TopicMatcher(IOptions<DashboardOptions> options)
        : this(options.Value)
    {
    }

    public TopicMatcher(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var phraseIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var phraseList = new List<Regex>();
        int IndexOf(string phrase)
        {
            var pattern = KeywordPattern.For(phrase);
            if (!phraseIndex.TryGetValue(pattern, out var index))
            {
                index = phraseList.Count;
                phraseIndex.Add(pattern, index);
                phraseList.Add(new Regex(pattern, Options));
            }
            return index;
        }

        topics = options.Topics.Select(topic =>
        {
            var single = new List<string>();
            var conjunctions = new List<int[]>();
            foreach (var keyword in topic.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)))
            {
                var parts = TopicKeywordSyntax.Phrases(keyword).Where(p => p.Length > 0).ToArray();
                if (parts.Length == 1)
                    single.Add(KeywordPattern.For(parts[0]));
                else if (parts.Length > 1)
                    conjunctions.Add(parts.Select(IndexOf).Distinct().ToArray());
            }
            var any = single.Count == 0 ? null : new Regex(string.Join('|', single.Select(p => $"(?:{p})")), Options);
            return new CompiledTopic(topic.Id, any, conjunctions.ToArray());
        }).ToArray();
        phrases = phraseList.ToArray();
    }

    /// <summary>
    /// The article's topic ids, distinct, in configuration order. Only configured topics are returned
    /// (the validator rejects feeds naming others).
    /// </summary>
    public IReadOnlyList<string> Match(NormalizedArticle article, FeedOptions feed)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(feed);
        // Per-call memo of shared phrases: 0 = not tried, 1 = found, -1 = absent.
        Span<sbyte> found = phrases.Length <= 256 ? stackalloc sbyte[phrases.Length] : new sbyte[phrases.Length];
        found.Clear();
        List<string>? result = null;
        foreach (var topic in topics)
        {
            if (feed.Topics.Contains(topic.Id) || Matches(topic, article.Title, article.Snippet, found))
                (result ??= []).Add(topic.Id);
        }
        return result ?? (IReadOnlyList<string>)[];
    }

    private bool Matches(CompiledTopic topic, string? title, string? snippet, Span<sbyte> found)
    {
        if (topic.AnyPhrase is { } any && (IsMatch(any, title) || IsMatch(any, snippet)))
            return true;
        foreach (var conjunction in topic.Conjunctions)
        {
            var all = true;
            foreach (var index in conjunction)
            {
                if (found[index] == 0)
                    found[index] = IsMatch(phrases[index], title) || IsMatch(phrases[index], snippet) ? (sbyte)1 : (sbyte)-1;
                if (found[index] < 0)
                {
                    all = false;
                    break;
                }
            }
            if (all)
                return true;
        }
        return false;
    }

    private static bool IsMatch(Regex regex, string? text) => text is not null && regex.IsMatch(text);
}

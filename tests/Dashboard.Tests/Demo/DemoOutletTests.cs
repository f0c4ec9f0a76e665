using Dashboard.Analysis;
using Dashboard.Configuration;
using Dashboard.Demo;
using Dashboard.Digest;
using Dashboard.Feeds.Normalizing;
using Dashboard.Feeds.Parsing;
using Dashboard.Tests.Digest;

namespace Dashboard.Tests.Demo;

/// <summary>
/// No invented outlet: the seed's full-text articles do not say who published them, so the demo publishes them without
/// one, and the name it once made up ("Dashboard demo article") is nowhere: not an outlet, not in snippets, not a term.
/// </summary>
public sealed class DemoOutletTests
{
    private const string MadeUp = "Dashboard demo article";
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 14, 27, 31, TimeSpan.Zero);
    private static readonly Uri Site = new("http://127.0.0.1:5000/");

    /// <summary>Both feeds with every item out, through the parser and normaliser the ingestion uses.</summary>
    private static List<(string FeedId, NormalizedArticle Article)> Parsed()
    {
        var source = new DemoFeedSource(new DemoOptions(), Start, new ManualClock(Start));
        return DemoFeedSource.FeedIds.SelectMany(feedId =>
        {
            var feed = FeedParser.Parse(source.BuildFeed(feedId, source.LastReleaseAt, Site), Site.AbsoluteUri);
            return feed.Entries.Select(entry => (feedId, ArticleNormalizer.Normalize(entry, feed)!));
        }).ToList();
    }

    [Fact]
    public void Normalize_SeedArticles_HaveNoOutlet()
    {
        var articles = Parsed().Where(p => p.Article.Link!.Contains("/demo/articles/")).ToList();

        Assert.Equal(3, articles.Count);
        Assert.All(articles, p => Assert.Null(p.Article.Outlet));
        Assert.Equal(DemoSeed.Embedded.Articles.Select(a => a.Title).Order(), articles.Select(p => p.Article.Title).Order());
    }

    [Fact]
    public void Normalize_EveryItem_NeverMentionsTheMadeUpOutlet()
    {
        var parsed = Parsed();

        Assert.Equal(DemoSeed.Embedded.Items.Count, parsed.Count);
        Assert.All(parsed, p => Assert.DoesNotContain(MadeUp, $"{p.Article.Outlet} {p.Article.Title} {p.Article.Snippet}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DistinctiveTerms_DemoFeedsByFeedSide_NoneFromAnOutletName()
    {
        var sides = DemoSeed.Embedded.Feeds.ToDictionary(feed => feed.Id, feed => feed.Perspective);
        var documents = Parsed().Select(p => new TermDocument(sides[p.FeedId], $"{p.Article.Title} {p.Article.Snippet}"));

        var terms = DistinctiveTerms.Compute(documents, top: 50).SelectMany(p => p.Terms).Select(t => t.Term).ToList();

        Assert.NotEmpty(terms);
        Assert.DoesNotContain("dashboard", terms);
        Assert.DoesNotContain("demo", terms);
        Assert.DoesNotContain("article", terms);
    }

    [Fact]
    public void Render_SeedArticlePages_NameNoOutlet() =>
        Assert.All(DemoSeed.Embedded.Articles, article => Assert.DoesNotContain("Dashboard demo", DemoArticlePage.Render(article)));

    /// <summary>Every outlet the demo names is one of seed 002's sources: none is made up.</summary>
    [SeedFact]
    public void Embedded_EveryNamedOutlet_IsASeedSource()
    {
        var sources = Assert.IsType<List<object?>>(FrontMatterReader.Read(SeedDigest.Text).FrontMatter["sources"]);

        Assert.All(DemoSeed.Embedded.Items.Where(item => item.Outlet is not null), item => Assert.Contains(item.Outlet, sources));
    }
}

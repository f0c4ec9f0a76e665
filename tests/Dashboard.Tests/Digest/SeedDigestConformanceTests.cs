using System.Text.RegularExpressions;
using Dashboard.Demo;
using Dashboard.Digest;

namespace Dashboard.Tests.Digest;

/// <summary>
/// Seed 002 is the digest the original system published: our writer must reproduce its layout byte for byte,
/// except for the highlight bullets, which the original generated and ours extract.
/// </summary>
public sealed partial class SeedDigestConformanceTests
{
    [SeedFact]
    public void Read_Seed_GivesItsFrontMatterAndSections()
    {
        var seed = FrontMatterReader.Read(SeedDigest.Text);
        var fm = seed.FrontMatter;

        Assert.Equal("US vs China News - 2025-11-25", fm["title"]);
        Assert.Equal("2025-11-25T04:00:06.034Z", fm["date"]);
        Assert.Equal("us-china", fm["topic"]);
        Assert.Equal("US vs China", fm["topicName"]);
        var sources = Assert.IsType<List<object?>>(fm["sources"]);
        Assert.Equal(14, sources.Count);
        Assert.Equal(["Japan Wire by KYODO NEWS", "조선일보", "新华网", "China Daily"], [sources[0], sources[8], sources[11], sources[13]]);
        Assert.Equal(20L, fm["articleCount"]);
        Assert.Equal(
            [
                new Dictionary<string, object?> { ["id"] = "us", ["name"] = "United States", ["count"] = 10L },
                new Dictionary<string, object?> { ["id"] = "china", ["name"] = "China", ["count"] = 10L },
            ],
            Assert.IsType<List<object?>>(fm["perspectives"]));
        Assert.Equal(10L, fm["usSources"]);
        Assert.Equal(10L, fm["chinaSources"]);
        Assert.Equal(false, fm["draft"]);
        Assert.Equal(["Overall Highlights", "United States Perspective (United States Sources)", "China Perspective (China Sources)", "Sources"],
            seed.Sections);
    }

    [SeedFact]
    public void Write_SeedArticles_ReproducesFrontMatterAndSourcesExactly()
    {
        var written = DigestMarkdown.Write(BuildFromSeed());
        var seed = SeedDigest.Text;

        // Same generation time as the seed, so the whole front matter must match byte for byte.
        Assert.Equal(FrontMatterBlock(seed), FrontMatterBlock(written));
        Assert.Equal(SourcesSection(seed), SourcesSection(written));

        var (ours, theirs) = (FrontMatterReader.Read(written), FrontMatterReader.Read(seed));
        Assert.Equal(theirs.FrontMatter.Keys, ours.FrontMatter.Keys);
        foreach (var key in new[] { "title", "topic", "topicName", "sources", "articleCount", "perspectives", "usSources", "chinaSources", "draft" })
            Assert.Equal(theirs.FrontMatter[key], ours.FrontMatter[key]);
        Assert.Equal(theirs.Sections, ours.Sections);
    }

    [SeedFact]
    public void Write_SeedArticles_MatchesSeedLayoutExceptBulletText()
    {
        // Bullets are the original's generated prose (with stray trailing spaces); everything else — blank lines,
        // headings, <!--more-->, the number of bullets — is data-independent layout.
        Assert.Equal(Skeleton(SeedDigest.Text), Skeleton(DigestMarkdown.Write(BuildFromSeed())));
    }

    [SeedFact]
    public void WithChart_SeedArticles_SeedLayoutPlusOneImageParagraphAfterTheFrontMatter()
    {
        const string image = "![US vs China: articles per hour by perspective, 2025-11-25](https://dash.example/render/volume.png?from=2025-11-25T00%3A00%3A00Z&to=2025-11-26T00%3A00%3A00Z)";
        var written = DigestMarkdown.Write(BuildFromSeed());
        var served = DigestMarkdown.WithChart(written, "https://dash.example/render/volume.png?from=2025-11-25T00%3A00%3A00Z&to=2025-11-26T00%3A00%3A00Z",
            "US vs China: articles per hour by perspective, 2025-11-25");

        // The front matter stays byte for byte; the seed's blank line after it becomes blank, image, blank.
        Assert.Equal(FrontMatterBlock(SeedDigest.Text), FrontMatterBlock(served));
        Assert.StartsWith(FrontMatterBlock(written) + "\n" + image + "\n\n## Overall Highlights\n", served);
        Assert.Equal(Skeleton(SeedDigest.Text), Skeleton(served.Replace("\n" + image + "\n", "", StringComparison.Ordinal)));
        Assert.Equal(FrontMatterReader.Read(SeedDigest.Text).Sections, FrontMatterReader.Read(served).Sections);
    }

    [SeedFact]
    public void Build_SeedArticles_GivesFiveExtractedHighlightsPerSection()
    {
        var d = BuildFromSeed();
        var titles = d.SourceList.Select(s => s.Title).ToHashSet();

        Assert.All(d.Sections.Select(s => s.Highlights).Append(d.OverallHighlights), list =>
        {
            Assert.Equal(5, list.Count);
            Assert.All(list, h => Assert.Contains(h, titles));
        });
    }

    /// <summary>The seed's 20 numbered sources as articles: 1–10 US, 11–20 China, each its own story, times from demo-seed.json.</summary>
    private static DigestDocument BuildFromSeed()
    {
        var published = DemoSeed.Embedded.Items.ToDictionary(i => i.Link, i => i.Published.UtcDateTime);
        var articles = SourceLine().Matches(SeedDigest.Text).Select(m =>
        {
            var number = int.Parse(m.Groups["n"].Value);
            Assert.True(published.TryGetValue(m.Groups["link"].Value, out var sortAt), $"seed source {number} is not in demo-seed.json");
            return new DigestArticle(number, m.Groups["title"].Value, m.Groups["link"].Value, m.Groups["outlet"].Value,
                number <= 10 ? "us" : "china", m.Groups["lang"].Value, sortAt, number);
        }).ToList();
        Assert.Equal(20, articles.Count);
        // Reversed, so the order in the output is the builder's doing.
        articles.Reverse();
        return DigestBuilder.Build("us-china", "US vs China", new DateOnly(2025, 11, 25), DigestTestData.Utc("2025-11-25T04:00:06.034Z"),
            false, articles, DigestTestData.UsChina, TimeZoneInfo.Utc);
    }

    private static string FrontMatterBlock(string markdown) => markdown[..(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];

    private static string SourcesSection(string markdown) => markdown[markdown.IndexOf("\n## Sources\n", StringComparison.Ordinal)..];

    private static string Skeleton(string markdown) => BulletLine().Replace(markdown, "- …");

    [GeneratedRegex(@"^(?<n>\d+)\. \[(?<lang>[^\]]+)\] \[(?<title>[^\]]+)\]\((?<link>[^)\s]+)\) - (?<outlet>.+) \((?<date>\d\d/\d\d/\d{4})\)$", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^- .*$", RegexOptions.Multiline)]
    private static partial Regex BulletLine();
}

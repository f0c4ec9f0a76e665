using System.Text.Json;

namespace Dashboard.Demo;

/// <summary>
/// The offline data behind --demo, embedded as demo-seed.json (generated once from ../shared/seeds).
/// Decisions taken when building it:
/// <list type="bullet">
/// <item>Digest seed 002 lists its sources in the order of its perspective sections (US, then China) and its
/// front matter counts 10 + 10, so items 1–10 are the US-edition search ("demo-us") and 11–20 the China-sources
/// search ("demo-china"). Item 7 (CCTV) therefore sits in the US feed, as in the original system; the source
/// registry, not the feed, is what should classify it.</item>
/// <item>The seed gives dates only; times are spread over each date in UTC. Items dated 2025-11-25 fall before
/// 04:00 UTC, when the digest was published.</item>
/// <item>Articles 000, 001 and 003 become items linking to /demo/articles/{id} on the app itself. The seed files do not
/// say which outlet published them (001 and 003 cite the Wall Street Journal's reporting, which does not make them the
/// Journal's), so their outlet is null: no &lt;source&gt;, no " - Outlet" in the title, and the dashboard shows them
/// as of an unknown outlet instead of under a made-up name. 000 centres on Beijing's readout of the Xi–Trump call, so
/// it goes to demo-china; 001 and 003 report the Wall Street Journal's account, so they go to demo-us. They carry no
/// date: they are dated early on 2025-11-24, before 04:00 UTC, so they sit in the seed's two days but outside the
/// 24 hours seed 002 covers (its day closed at 04:00 UTC on 2025-11-25, and it does not list them).</item>
/// <item>Article 003's first line is its opening paragraph, not a headline, so its title was written from its content.</item>
/// </list>
/// </summary>
public sealed record DemoSeed(IReadOnlyList<DemoFeed> Feeds, IReadOnlyList<DemoItem> Items, IReadOnlyList<DemoArticle> Articles)
{
    private const string ResourceName = "Dashboard.Demo.demo-seed.json";

    private static readonly Lazy<DemoSeed> LazyEmbedded = new(Load);

    /// <summary>The seed shipped inside the assembly.</summary>
    public static DemoSeed Embedded => LazyEmbedded.Value;

    private static DemoSeed Load()
    {
        using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return JsonSerializer.Deserialize<DemoSeed>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
    }
}

/// <summary>A demo feed, shaped like a Google News search.</summary>
/// <param name="Link">The Google News search page the channel links to.</param>
public sealed record DemoFeed(string Id, string Name, string Query, string Perspective, string Link);

/// <summary>
/// One feed item, with the seed's own date (<see cref="DemoFeedSource"/> serves it moved by <see cref="DemoTimeline"/>).
/// <paramref name="Link"/> may be relative to the app's base URL. <paramref name="Outlet"/> and
/// <paramref name="OutletUrl"/> are null when the seed does not name the outlet.
/// </summary>
public sealed record DemoItem(
    string FeedId, string Title, string? Outlet, string? OutletUrl, string Link, DateTimeOffset Published, string? Description);

/// <summary>A seed article served at /demo/articles/{Id}.</summary>
public sealed record DemoArticle(string Id, string Title, IReadOnlyList<string> Paragraphs);

using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Digest;
using Dashboard.Overview;
using Dashboard.Stories;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dashboard.Rendering;

/// <summary>
/// The link preview of any page URL: its view (the query, read as the page reads it) in words, the view's article
/// counts, and the view's volume chart as the image. A digest day previews that day's chart; a story its headline.
/// </summary>
public sealed partial class SocialCards(OverviewQueries overview, StoryQueries stories, DigestService digests, PerspectiveCatalog perspectives,
    IOptions<DashboardOptions> options, AppMode mode, TimeProvider time, ILogger<SocialCards> logger) : IDisposable
{
    // Every full page load asks for its view's counts: wall screens and a link shared in chat load the same views
    // again and again, so each view's description is counted once per minute (the minute its image is drawn for).
    private readonly MemoryCache _descriptions = new(new MemoryCacheOptions { SizeLimit = 2000 });

    // Pages whose name leads the title; the overview ("/") is the view itself.
    private static readonly Dictionary<string, string> PageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/stories"] = "Stories", ["/alerts"] = "Alerts", ["/feeds"] = "Feeds", ["/sources"] = "Sources", ["/wall"] = "Wall", ["/digest"] = "Digests",
    };

    public async Task<SocialCard> ForAsync(string pageUri, string baseUri, CancellationToken ct)
    {
        var page = new Uri(pageUri);
        // The path below the app's base (a path base of a reverse proxy is not part of the route).
        var basePath = new Uri(baseUri).AbsolutePath.TrimEnd('/');
        var path = "/" + Uri.UnescapeDataString(page.AbsolutePath[Math.Min(basePath.Length, page.AbsolutePath.Length)..]).Trim('/');
        var query = QueryHelpers.ParseQuery(page.Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        // Counted as of the minute the image is drawn for, so the description and the chart agree.
        var now = RenderFreshness.MinuteOf(time.GetUtcNow().UtcDateTime);

        if (DigestPath().Match(path) is { Success: true } digest
            && options.Value.Topics.FirstOrDefault(t => t.Id == digest.Groups["topic"].Value) is { } topic
            && Digest.DigestDay.Parse(digest.Groups["day"].Value, out _) is { } day)
        {
            var view = RenderUrl.DigestView(topic.Id, day, digests.Clock);
            return await CardAsync($"{topic.Name} News - {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", view, now, pageUri, baseUri, ct);
        }
        var filter = PageView.Read(query, options.Value, mode);
        if (StoryPath().Match(path) is { Success: true } story && long.TryParse(story.Groups["id"].Value, out var id)
            && await HeadlineAsync(id, ct) is { } headline)
            return await CardAsync(headline, filter, now, pageUri, baseUri, ct);
        var caption = ViewCaption.Describe(filter, options.Value, perspectives);
        var title = PageNames.TryGetValue(path, out var name) ? name + ViewCaption.Separator + caption : caption;
        return await CardAsync(title, filter, now, pageUri, baseUri, ct);
    }

    private async Task<SocialCard> CardAsync(string title, ViewFilter view, DateTime now, string pageUri, string baseUri, CancellationToken ct)
    {
        var caption = ViewCaption.Describe(view, options.Value, perspectives);
        var image = RenderUrl.Absolute(baseUri, RenderUrl.For(view, options.Value));
        return new SocialCard($"{title} — {SocialCard.SiteName}", await DescriptionAsync(view, caption, now, ct), pageUri, image, "Articles per perspective over time: " + caption);
    }

    private async Task<string> DescriptionAsync(ViewFilter view, string caption, DateTime now, CancellationToken ct)
    {
        var key = ViewUrl.Format(view, options.Value) + "|" + ViewTimes.Format(now);
        if (_descriptions.TryGetValue(key, out string? cached)) return cached!;
        var description = await CountedAsync(view, caption, now, ct);
        _descriptions.Set(key, description, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = now.AddMinutes(1) });
        return description;
    }

    /// <summary>"128 articles · United States 60 (47 %) · China 68 (53 %)" over the view's caption; the caption alone if counting fails.</summary>
    private async Task<string> CountedAsync(ViewFilter view, string caption, DateTime now, CancellationToken ct)
    {
        Kpis kpis;
        try { kpis = await overview.KpisAsync(view, now, ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A preview without counts beats a page that fails to load.
            logger.LogWarning(e, "preview: counting the articles of {View} failed", caption);
            return caption;
        }
        if (kpis.Articles == 0) return $"No articles in this view · {caption}";
        var shares = kpis.ByPerspective.Where(c => c.Count > 0)
            .Select(c => $"{perspectives.Get(c.PerspectiveId).Name} {c.Count.ToString("N0", CultureInfo.InvariantCulture)} ({Percent.Of(c.Share(kpis.Articles))} %)");
        var articles = kpis.Articles == 1 ? "1 article" : $"{kpis.Articles.ToString("N0", CultureInfo.InvariantCulture)} articles";
        return string.Join(ViewCaption.Separator, [articles, .. shares]) + $" — {caption}";
    }

    private async Task<string?> HeadlineAsync(long storyId, CancellationToken ct)
    {
        try { return (await stories.FindAsync(storyId, ct))?.Story.Headline; }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "preview: reading story {Story} failed", storyId);
            return null;
        }
    }

    public void Dispose() => _descriptions.Dispose();

    [GeneratedRegex(@"^/digest/(?<topic>[^/]+)/(?<day>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DigestPath();

    [GeneratedRegex(@"^/stories/(?<id>\d+)$")]
    private static partial Regex StoryPath();
}

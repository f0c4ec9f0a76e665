using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.App;

/// <summary>
/// The digest and alert pages and the digest's Markdown endpoint in the real app: the minimal-API `.md` route
/// is not swallowed by the page route `/digest/{Topic}/{Day}`, and bad addresses give 400s on the API but a
/// readable message on the page. The loopback feed's three items are dated 24 Nov 2025 08:30 UTC.
/// </summary>
public sealed class DigestAndAlertPagesTests : IAsyncLifetime
{
    private LoopbackApp _loopback = null!;
    private HttpClient Client => _loopback.Client;
    private DashboardAppFactory App => _loopback.Factory;

    public async Task InitializeAsync()
    {
        _loopback = await LoopbackApp.StartAsync(server =>
        {
            server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
            return [TestCatalog.Feed("gn", server.Url("/gn.xml"))];
        });
    }

    private async Task IngestAsync() =>
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/api/feeds/gn/refresh", null)).StatusCode);

    private async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task DigestMarkdown_KnownTopicAndDay_ServedAsTextMarkdownNotThePage()
    {
        await IngestAsync();

        var response = await Client.GetAsync("/digest/us-china/2025-11-24.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DigestPage_KnownTopicAndDay_ReturnsHtmlWithTitleAndDayLinks()
    {
        var (response, page) = await GetPageAsync("/digest/us-china/2025-11-24");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("US vs China News - 2025-11-24", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/digest/us-china/2025-11-23", page.QuerySelector("a.digest-prev")!.GetAttribute("href"));
        Assert.Equal("/digest/us-china/2025-11-25", page.QuerySelector("a.digest-next")!.GetAttribute("href"));
        var markdown = page.QuerySelector("a.digest-markdown")!;
        Assert.Equal("/digest/us-china/2025-11-24.md", markdown.GetAttribute("href"));
        Assert.NotNull(markdown.GetAttribute("download")); // keeps Blazor's client-side router off the link
        Assert.Null(page.QuerySelector(".digest-partial")); // a closed day is final
    }

    [Fact]
    public async Task DigestPage_Today_PartialBannerAndNoNextDay()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd"); // the default day ends at 24:00 UTC

        var (_, page) = await GetPageAsync($"/digest/us-china/{today}");

        Assert.Contains("Partial — the day is still in progress (generated at", page.QuerySelector(".digest-partial")!.TextContent);
        Assert.Null(page.QuerySelector("a.digest-next"));
    }

    [Theory]
    [InlineData("2025-13-40")]
    [InlineData("yesterday")]
    public async Task DigestAddresses_BadDate_Api400AndPageFriendlyMessage(string day)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync($"/api/digests/us-china/{day}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync($"/digest/us-china/{day}.md")).StatusCode);

        var (response, page) = await GetPageAsync($"/digest/us-china/{day}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"the date must be yyyy-MM-dd, got '{day}'", page.QuerySelector(".digest-problem")!.TextContent);
        Assert.Null(page.QuerySelector(".digest"));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task DigestAddresses_DateOutOfRange_Api400NamingTheRangeAndPageMessage(string day)
    {
        foreach (var url in new[] { $"/api/digests/us-china/{day}", $"/digest/us-china/{day}.md" })
        {
            using var api = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
            Assert.Contains($"the date {day} is out of range (1970-01-01 to 9998-12-31)", await api.Content.ReadAsStringAsync());
        }

        var (response, page) = await GetPageAsync($"/digest/us-china/{day}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"the date {day} is out of range", page.QuerySelector(".digest-problem")!.TextContent);
    }

    [Fact]
    public async Task DigestAddresses_UnknownTopic_Api404AndPageFriendlyMessage()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/digest/atlantis/2025-11-24.md")).StatusCode);

        var (response, page) = await GetPageAsync("/digest/atlantis/2025-11-24");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no topic 'atlantis'. Known topics: us-china, taiwan-strait.", page.QuerySelector(".digest-problem")!.TextContent);
    }

    [Fact]
    public async Task DigestPage_DayNotBegun_SaysSo()
    {
        var (_, page) = await GetPageAsync("/digest/us-china/2099-01-01");

        Assert.Contains("that day has not begun", page.QuerySelector(".digest-problem")!.TextContent);
    }

    [Fact]
    public async Task DigestArchive_AfterIngest_ListsTheDayWithCountAndFinalMark()
    {
        await IngestAsync();

        var (_, page) = await GetPageAsync("/digest?topic=us-china");

        var row = page.QuerySelector("tr[data-topic=us-china][data-day='2025-11-24']")!;
        Assert.Equal("/digest/us-china/2025-11-24", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("3", row.QuerySelector(".count")!.TextContent);
        Assert.Equal("final", row.QuerySelector(".digest-status")!.TextContent);
        var days = page.QuerySelectorAll("tr[data-day]").Select(r => r.GetAttribute("data-day")!).ToList();
        Assert.Equal(days.OrderDescending(), days); // newest first
        Assert.Equal("2025-11-24", days[0]); // today's digest, in progress and still empty, does not head the list
        Assert.Empty(page.QuerySelectorAll("tr[data-topic=taiwan-strait]"));
    }

    [Fact]
    public async Task DigestArchive_UnknownTopic_NoticeAndAllTopics()
    {
        await IngestAsync();
        var (response, page) = await GetPageAsync("/digest?topic=atlantis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("unknown topic 'atlantis': showing all topics", page.QuerySelector(".notices")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("tr[data-topic=us-china]"));
    }

    /// <summary>The built digest itself (DigestBuilder, DigestMarkdown) through the page and the .md endpoint.</summary>
    [Fact]
    public async Task DigestPageAndMarkdown_AfterIngest_ShowTheDaysArticles()
    {
        await IngestAsync();

        var (_, page) = await GetPageAsync("/digest/us-china/2025-11-24");
        var markdown = await Client.GetStringAsync("/digest/us-china/2025-11-24.md");

        Assert.Equal("3 articles", page.QuerySelector(".digest-total")!.TextContent.Trim());
        Assert.Equal(["1", "2", "3"], page.QuerySelectorAll(".digest-sources ol li").Select(li => li.GetAttribute("value")));
        Assert.StartsWith("---", markdown);
        Assert.Contains("title: \"US vs China News - 2025-11-24\"", markdown);
        Assert.Contains("articleCount: 3", markdown);
    }

    [Fact]
    public async Task AlertsPage_StoredAlert_ListedWithNumbersAndArticlesLink()
    {
        var now = DateTime.UtcNow;
        var hour = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc).AddHours(-2);
        var contexts = App.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.SpikeAlerts.Add(new SpikeAlert { TopicId = "us-china", PerspectiveId = "china", Hour = hour, Count = 14, BaselineMean = 2.1, BaselineSd = 1, Z = 12, RaisedAt = hour.AddMinutes(55) });
            await db.SaveChangesAsync();
        }

        var (response, page) = await GetPageAsync("/alerts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector(".alerts tr[data-alert-id]")!; // MudSimpleTable puts the class on its wrapper, not the table
        Assert.Equal("China", row.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal(("14", "2.1 ± 1.0", "12.0"), (row.QuerySelector(".count")!.TextContent, row.QuerySelector(".usual")!.TextContent, row.QuerySelector(".z")!.TextContent));
        Assert.Equal("2 h ago", row.QuerySelector(".relative")!.TextContent);
        var href = row.QuerySelector("a.alert-articles")!.GetAttribute("href")!;
        Assert.Contains("persp=china", href);
        Assert.Contains("from=" + Uri.EscapeDataString(hour.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")), href);
        // The alert is outside other topics' views.
        Assert.Empty((await GetPageAsync("/alerts?topic=taiwan-strait")).Page.QuerySelectorAll("tr[data-alert-id]"));
    }

    /// <summary>The page says which topic and range it shows: 7 d by default, whatever the URL names otherwise.</summary>
    [Theory]
    [InlineData("/alerts", "US vs China", "7d")]
    [InlineData("/alerts?topic=taiwan-strait&range=24h", "Taiwan Strait", "24h")]
    public async Task AlertsPage_View_MarksTheActiveTopicAndRange(string path, string topic, string range)
    {
        var (_, page) = await GetPageAsync(path);

        var current = page.QuerySelectorAll(".alerts-filter [aria-current=page]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([topic, range], current);
    }

    [Fact]
    public async Task AlertsPage_MalformedParameters_NoticeNotError()
    {
        var (response, page) = await GetPageAsync("/alerts?range=forever");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("forever", page.QuerySelector(".notices")!.TextContent);
        Assert.Contains("No alerts for US vs China", page.QuerySelector(".empty")!.TextContent);
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

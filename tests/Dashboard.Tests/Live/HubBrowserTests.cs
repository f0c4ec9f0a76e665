using System.Text.Json;
using Dashboard.Tests.Configuration;
using Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Tests.Live;

/// <summary>The example page /examples/hub.html in chromium, with the vendored JavaScript SignalR client, against the demo app.</summary>
public sealed class HubBrowserTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-hub-browser-").FullName;
    private AppProcess _app = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await DemoApp.StartAsync(_dataDir, stepSeconds: 4, itemsPerStep: 1);
        _browser = await BrowserSession.StartAsync(1280, 900);
    }

    private async Task<IPage> OpenExampleAsync()
    {
        var page = _browser.Page;
        await page.GotoAsync(new Uri(_app.BaseUrl, "examples/hub.html").AbsoluteUri);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("connected", new() { Timeout = 15_000 });
        return page;
    }

    private static async Task SubscribeAsync(IPage page, string topic, string perspectives)
    {
        await page.Locator("#topic").FillAsync(topic);
        await page.Locator("#perspectives").FillAsync(perspectives);
        await page.Locator("#subscribe button").ClickAsync();
    }

    [Fact]
    public async Task ExamplePage_SubscribeChinaOnly_ListsLiveHeadlinesOfChinaOnly()
    {
        var page = await OpenExampleAsync();
        await SubscribeAsync(page, "us-china", "china");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("subscribed to us-china (china)");
        // A second, unfiltered connection in the same page proves other perspectives were flowing meanwhile,
        // so "only china arrived" is the filter's doing and not the demo's.
        await page.EvaluateAsync("""
            async () => {
              const c = new signalR.HubConnectionBuilder().withUrl("/hubs/news").build();
              window.allReceived = [];
              c.on("articlesAdded", p => window.allReceived.push(p));
              await c.start();
              await c.invoke("Subscribe", "us-china", null);
            }
            """);

        try
        {
            await page.WaitForFunctionAsync("""
                () => document.querySelectorAll("#headlines li").length > 0
                  && window.allReceived.some(p => p.articles.some(a => a.perspectiveId !== "china"))
                """, null, new() { Timeout = (float)DemoApp.ArrivalTimeout.TotalMilliseconds });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"no china headline or no other perspective arrived; {await DescribeAsync(page)}", e);
        }

        // One snapshot of payloads and page, so an article arriving in between cannot skew the comparison.
        var seen = await page.EvaluateAsync<JsonElement>("""
            () => ({
              received: window.received,
              titles: [...document.querySelectorAll("#headlines li > :first-child")].map(e => e.textContent),
              perspectives: [...document.querySelectorAll("#headlines li")].map(e => e.dataset.perspective),
            })
            """);
        var articles = seen.GetProperty("received").EnumerateArray().SelectMany(p =>
        {
            Assert.Equal("us-china", p.GetProperty("topic").GetString());
            return p.GetProperty("articles").EnumerateArray();
        }).ToArray();
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.Equal("china", a.GetProperty("perspectiveId").GetString()));
        Assert.All(articles, a => Assert.Contains("us-china", a.GetProperty("topics").EnumerateArray().Select(t => t.GetString())));
        Assert.Equal(articles.Select(a => a.GetProperty("title").GetString()).Order(),
            seen.GetProperty("titles").EnumerateArray().Select(t => t.GetString()).Order());
        Assert.All(seen.GetProperty("perspectives").EnumerateArray(), p => Assert.Equal("china", p.GetString()));
        await _browser.ScreenshotAsync(RepositoryRoot.Path, "hub-example");
        Assert.Empty(_browser.Problems);
    }

    /// <summary>What the page and the app saw, for a failure message.</summary>
    private async Task<string> DescribeAsync(IPage page)
    {
        var seen = await page.EvaluateAsync<string>("""
            () => JSON.stringify({
              status: document.getElementById("status").textContent, error: document.getElementById("error").textContent,
              headlines: document.querySelectorAll("#headlines li").length,
              received: window.received.flatMap(p => p.articles.map(a => a.perspectiveId)),
              allReceived: (window.allReceived ?? []).flatMap(p => p.articles.map(a => a.perspectiveId)),
            })
            """);
        using var http = new HttpClient { BaseAddress = _app.BaseUrl };
        var feeds = await http.GetStringAsync("api/feeds");
        var output = _app.Output; // a copy of the log each read
        return $"page {seen}; feeds {feeds}; app output (end) {output[^Math.Min(output.Length, 4000)..]}";
    }

    [Theory]
    [InlineData("atlantis", "", "hub: unknown topic 'atlantis' (known: us-china")]
    [InlineData("us-china", "china, jp", "hub: unknown perspective 'jp' (known: us, china, japan")]
    public async Task ExamplePage_UnknownTopicOrPerspective_ShowsHubError(string topic, string perspectives, string expected)
    {
        var page = await OpenExampleAsync();

        await SubscribeAsync(page, topic, perspectives);

        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync(expected);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("connected");
        Assert.Empty(_browser.Problems);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

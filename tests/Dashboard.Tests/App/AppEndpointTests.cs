using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.App;

public sealed class AppEndpointTests : IAsyncLifetime
{
    private LoopbackApp _loopback = null!;
    private HttpClient Client => _loopback.Client;

    public async Task InitializeAsync()
    {
        _loopback = await LoopbackApp.StartAsync(server =>
        {
            server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(TestCatalog.ThreeItems));
            server.Map("/down.xml", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
            return [TestCatalog.Feed("gn", server.Url("/gn.xml")), TestCatalog.Feed("down", server.Url("/down.xml"))];
        });
    }

    [Fact]
    public async Task Healthz_DatabaseAnswers_Returns200()
    {
        var response = await Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefreshEndpoint_LoopbackFeed_ArticlesServedByApiAndHomePage()
    {
        var refresh = await Client.PostAsync("/api/feeds/gn/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var result = await refresh.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, result.GetProperty("newArticles").GetInt32());

        var articles = await Client.GetFromJsonAsync<JsonElement>("/api/articles?topic=us-china&limit=10");
        Assert.Equal(3, articles.GetArrayLength());
        Assert.EndsWith("Z", articles[0].GetProperty("publishedAt").GetString()); // the hub's wire shape: UTC, explicit
        var home = WebUtility.HtmlDecode(await Client.GetStringAsync("/?topic=us-china&from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z"));
        Assert.Contains("Xi talks with Trump over phone", home);
        Assert.Contains("新华网", home);
        Assert.Contains("rel=\"noopener noreferrer\"", home);
    }

    [Fact]
    public async Task RefreshEndpoint_BrokenFeed_ErrorShownOnFeedsPageAndApi()
    {
        var refresh = await Client.PostAsync("/api/feeds/down/refresh", null);
        var result = await refresh.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Failed", result.GetProperty("outcome").GetString());

        var feeds = await Client.GetFromJsonAsync<JsonElement>("/api/feeds");
        var down = feeds.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "down");
        Assert.Equal(("failing", "fetch: HTTP 500 Internal Server Error"), (down.GetProperty("status").GetString(), down.GetProperty("lastError").GetString()));
        var page = await Client.GetStringAsync("/feeds");
        Assert.Contains("fetch: HTTP 500 Internal Server Error", page);
    }

    [Fact]
    public async Task SourcesPage_AfterRefresh_CountsPerRegistrySourceAndListsUnknownOutlets()
    {
        await Client.PostAsync("/api/feeds/gn/refresh", null);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await Client.GetStringAsync("/sources"));

        Assert.Equal("1", page.QuerySelector("tr.source-xinhua .count")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("tr.source-nytimes .count")!.TextContent.Trim());
        Assert.Equal("/?src=xinhua", page.QuerySelector("tr.source-xinhua a[data-source-id=xinhua]")!.GetAttribute("href"));
        var unknown = page.QuerySelector(".unknown-outlets")!.TextContent;
        Assert.Contains("Unknown Gazette", unknown);
        Assert.Contains("gazette.example", unknown);
    }

    [Fact]
    public async Task RefreshEndpoint_UnknownFeed_Returns404Problem()
    {
        var response = await Client.PostAsync("/api/feeds/nope/refresh", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no feed with id 'nope'", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("limit=0", "'0'")]
    [InlineData("limit=5000", "'5000'")]
    [InlineData("limit=abc", "'abc'")]
    [InlineData("limit=1.5", "'1.5'")]
    [InlineData("limit=1e3", "'1e3'")]
    [InlineData("limit=2147483648", "'2147483648'")]
    [InlineData("limit=", "''")]
    [InlineData("limit=5&limit=6", "'5,6'")]
    public async Task ArticlesEndpoint_BadLimit_ProblemDetailsNamingIt(string query, string got)
    {
        var response = await Client.GetAsync("/api/articles?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"api: limit must be an integer between 1 and 200, got {got}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/css/app.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    public async Task StaticAssets_PageDependencies_Served(string path, string contentType)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

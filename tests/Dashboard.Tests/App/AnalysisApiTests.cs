using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.App;

/// <summary>The JSON endpoints for stories, blindspots, terms and alerts in the real app, fed by a loopback feed.</summary>
public sealed class AnalysisApiTests : IAsyncLifetime
{
    // Dated 24 Nov 2025 08:30 UTC by TestCatalog.GoogleNewsRss.
    private const string Window = "topic=us-china&from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z";

    private static readonly (string, string, string, string)[] Items =
    [
        ("C1", "Xi outlines China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("C2", "Xi clarifies China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("C3", "Xi stresses China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("C4", "Xi reaffirms China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("U1", "Tariff talks resume in Geneva as US and China trade envoys meet", "The New York Times", "https://www.nytimes.com"),
        ("U2", "US and China trade envoys meet in Geneva as tariff talks resume", "The New York Times", "https://www.nytimes.com"),
    ];

    private LoopbackApp _loopback = null!;
    private HttpClient Client => _loopback.Client;

    public async Task InitializeAsync()
    {
        _loopback = await LoopbackApp.StartAsync(server =>
        {
            server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(Items));
            return [TestCatalog.Feed("gn", server.Url("/gn.xml"))];
        });
        (await Client.PostAsync("/api/feeds/gn/refresh", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Stories_View_LargestFirstWithSplitAndBlindspot()
    {
        var stories = await Client.GetFromJsonAsync<JsonElement>($"/api/stories?{Window}");

        Assert.Equal(2, stories.GetArrayLength());
        var call = stories[0];
        Assert.Equal(4, call.GetProperty("articleCount").GetInt32());
        Assert.Equal("china", call.GetProperty("perspectives")[0].GetProperty("perspectiveId").GetString());
        Assert.Equal("us", call.GetProperty("blindspot").GetProperty("missingFrom").GetString());
        Assert.Equal(2, stories[1].GetProperty("articleCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, stories[1].GetProperty("blindspot").ValueKind);
        // Every story has the rule's verdict, in words and by name.
        Assert.Equal(("Blindspot", true), (call.GetProperty("verdict").GetProperty("kind").GetString(), call.GetProperty("verdict").GetProperty("isBlindspot").GetBoolean()));
        Assert.StartsWith("Blindspot: covered by China (4 articles), United States 0 of 4", call.GetProperty("verdict").GetProperty("reason").GetString());
        Assert.Equal("TooFewArticles", stories[1].GetProperty("verdict").GetProperty("kind").GetString());

        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/stories/{call.GetProperty("id").GetInt64()}");
        Assert.Equal(4, detail.GetProperty("articles").GetArrayLength());
        Assert.Equal("china", Assert.Single(detail.GetProperty("firstReports").EnumerateArray()).GetProperty("perspectiveId").GetString());

        var blindspots = await Client.GetFromJsonAsync<JsonElement>($"/api/blindspots?{Window}");
        Assert.Equal(call.GetProperty("id").GetInt64(), Assert.Single(blindspots.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("/api/stories?limit=0", "limit must be an integer between 1 and 100")]
    [InlineData("/api/stories?range=99d", "range")]
    [InlineData("/api/terms?top=abc", "top must be an integer between 1 and 50")]
    [InlineData("/api/blindspots?persp=mars", "mars")]
    [InlineData("/api/alerts?topic=atlantis", "atlantis")]
    public async Task Endpoints_BadParameter_400NamingIt(string url, string expected)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Story_UnknownId_404()
    {
        var response = await Client.GetAsync("/api/stories/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no story 987654", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Alerts_NoneRaised_EmptyList()
    {
        var alerts = await Client.GetFromJsonAsync<JsonElement>($"/api/alerts?{Window}");
        Assert.Equal(0, alerts.GetArrayLength());
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

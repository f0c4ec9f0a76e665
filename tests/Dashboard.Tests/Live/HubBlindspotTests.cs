using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.App;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.Live;

/// <summary>
/// blindspotRaised to a .NET client: once the US feed has been read (so the US side is not silent for want of
/// looking), China's outlets report a call the US sources do not; the story becoming a blindspot is pushed.
/// </summary>
public sealed class HubBlindspotTests : IAsyncLifetime
{
    private static readonly (string, string, string, string)[] ChinaCall =
    [
        ("C1", "Xi outlines China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("C2", "Xi clarifies China's position on Taiwan in phone call with Trump", "新华网", "https://www.news.cn"),
        ("C3", "Xi stresses China's position on Taiwan in phone call with Trump", "China Daily", "https://www.chinadaily.com.cn"),
        ("C4", "Xi reaffirms China's position on Taiwan in phone call with Trump", "CGTN", "https://www.cgtn.com"),
    ];

    private LoopbackApp _app = null!;

    public async Task InitializeAsync() => _app = await LoopbackApp.StartAsync(server =>
    {
        server.MapContent("/us.xml", TestCatalog.GoogleNewsRss(("U1", "Tariff talks resume in Geneva as US and China trade envoys meet", "The New York Times", "https://www.nytimes.com")));
        server.MapContent("/china.xml", TestCatalog.GoogleNewsRss(ChinaCall));
        return [TestCatalog.Feed("us-feed", server.Url("/us.xml")), TestCatalog.Feed("china-feed", server.Url("/china.xml"), "china")];
    });

    [Fact]
    public async Task Subscribe_StoryBecomesBlindspot_BlindspotRaisedToSubscriber()
    {
        await RefreshAsync("us-feed");
        await using var client = await NewsHubClient.ConnectAsync(_app.Factory.Server);
        await client.SubscribeAsync("us-china", ["china"]);

        await RefreshAsync("china-feed");
        JsonElement message;
        try
        {
            message = (await client.Blindspots.UntilAsync(m => Headline(m).Contains("Trump"), HubApp.MessageTimeout))[^1];
        }
        catch (TimeoutException e)
        {
            var stories = await _app.Client.GetStringAsync("/api/stories?topic=us-china&from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z");
            throw new TimeoutException($"{e.Message}; stories now: {stories}", e);
        }

        Assert.Equal("us-china", message.GetProperty("topic").GetString());
        var blindspot = message.GetProperty("story").GetProperty("blindspot");
        Assert.Equal(("china", "us", 4, 0), (blindspot.GetProperty("coveredBy").GetString(), blindspot.GetProperty("missingFrom").GetString(),
            blindspot.GetProperty("coveredCount").GetInt32(), blindspot.GetProperty("missingCount").GetInt32()));
        Assert.Equal("Blindspot", message.GetProperty("story").GetProperty("verdict").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Refresh_MissingSideNeverRead_NoBlindspotAndTheStorySaysWhy()
    {
        await using var client = await NewsHubClient.ConnectAsync(_app.Factory.Server);
        await client.SubscribeAsync("us-china", ["china"]);

        await RefreshAsync("china-feed");

        var stories = await _app.Client.GetFromJsonAsync<JsonElement>("/api/stories?topic=us-china&from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z");
        var verdict = stories[0].GetProperty("verdict");
        Assert.Equal("MissingSideNotRead", verdict.GetProperty("kind").GetString());
        Assert.StartsWith("Not a blindspot: no United States feed has been read yet", verdict.GetProperty("reason").GetString());
        // Nothing was pushed: the refresh's messages reach the connection in milliseconds in process.
        await Assert.ThrowsAsync<TimeoutException>(() => client.Blindspots.NextAsync(TimeSpan.FromSeconds(2)));
    }

    private async Task RefreshAsync(string feedId)
    {
        using var response = await _app.Client.PostAsync($"/api/feeds/{feedId}/refresh", null);
        response.EnsureSuccessStatusCode();
    }

    private static string Headline(JsonElement message) => message.GetProperty("story").GetProperty("headline").GetString()!;

    public async Task DisposeAsync() => await _app.DisposeAsync();
}

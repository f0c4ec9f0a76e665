using System.Text.Json;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Live;

/// <summary>blindspotRaised on the wire: the demo's Takaichi–Trump call is reported by US sources only.</summary>
public sealed class HubBlindspotTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-hub-blind-").FullName;
    private AppProcess _app = null!;

    // The story is US-only from the US feed's 9th item (its third Takaichi article) until the China feed's 11th: at one
    // item per 3 s, from about 24 s after the app started, so a client on a loaded machine has subscribed by then
    // (at one per second a CI run once subscribed after the blindspot had been raised, and waited in vain).
    public async Task InitializeAsync() => _app = await DemoApp.StartAsync(_dataDir, stepSeconds: 3, itemsPerStep: 1,
        extra: new Dictionary<string, string> { ["Demo__PerspectiveMode"] = "Override" });

    [Fact]
    public async Task Subscribe_StoryBecomesBlindspot_BlindspotRaisedToSubscriber()
    {
        await using var client = await HubProtocolClient.ConnectAsync(_app.BaseUrl);
        var completion = await client.InvokeAsync("Subscribe", "us-china", new[] { "china" });
        Assert.False(completion.TryGetProperty("error", out var error), error.ToString());

        // Released one item per feed per step, stories pass through one-sided phases (the Xi–Trump call is China's
        // alone until US items arrive); the Takaichi–Trump call stays US-only.
        var message = await client.WaitForAsync(m => IsBlindspot(m) && Story(m).GetProperty("headline").GetString()!.Contains("Takaichi"), DemoApp.ArrivalTimeout);

        var payload = Assert.Single(message.GetProperty("arguments").EnumerateArray());
        Assert.Equal("us-china", payload.GetProperty("topic").GetString());
        var story = payload.GetProperty("story");
        var blindspot = story.GetProperty("blindspot");
        Assert.Equal(("us", "china", 0), (blindspot.GetProperty("coveredBy").GetString(), blindspot.GetProperty("missingFrom").GetString(),
            blindspot.GetProperty("missingCount").GetInt32()));
        Assert.True(blindspot.GetProperty("coveredCount").GetInt32() >= 3);
        Assert.Contains("Takaichi", story.GetProperty("headline").GetString());
    }

    private static bool IsBlindspot(JsonElement m) => m.TryGetProperty("target", out var t) && t.GetString() == "blindspotRaised";

    private static JsonElement Story(JsonElement m) => m.GetProperty("arguments")[0].GetProperty("story");

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Tests.Live;

/// <summary>What <c>Subscribe</c> answers a .NET client: the subscription as accepted, or the hub's error.</summary>
public sealed class HubSubscribeTests : IAsyncLifetime
{
    private HubApp _app = null!;
    private NewsHubClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await HubApp.StartAsync();
        _client = await _app.ConnectAsync();
    }

    [Fact]
    public async Task Subscribe_IdsInOtherCasing_ReturnsSubscriptionInConfiguredCasing()
    {
        var accepted = await _client.SubscribeAsync("US-China", ["China", "UNCLASSIFIED"]);

        Assert.Equal("us-china", accepted.Topic);
        Assert.Equal(["china", "unclassified"], accepted.Perspectives);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Subscribe_NullOrEmptyPerspectives_ReturnsNullForAll(bool empty)
    {
        var accepted = await _client.SubscribeAsync("taiwan-strait", empty ? [] : null);

        Assert.Equal("taiwan-strait", accepted.Topic);
        Assert.Null(accepted.Perspectives);
    }

    // The hub's own message, documented in README; SignalR puts its sentence about the failed call in front.
    [Theory]
    [InlineData("atlantis", null, "hub: unknown topic 'atlantis' (known: us-china, taiwan-strait)")]
    [InlineData("us-china", "jp", "hub: unknown perspective 'jp' (known: us, china, unclassified)")]
    public async Task Subscribe_UnknownTopicOrPerspective_ThrowsHubExceptionWithHubMessage(string topic, string? perspective, string expected)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => _client.SubscribeAsync(topic, perspective is null ? null : [perspective]));

        Assert.Equal($"An unexpected error occurred invoking 'Subscribe' on the server. HubException: {expected}", error.Message);
    }

    [Fact]
    public async Task Subscribe_AfterRefusedCall_ConnectionStillUsable()
    {
        await Assert.ThrowsAsync<HubException>(() => _client.SubscribeAsync("atlantis", null));

        var accepted = await _client.SubscribeAsync("us-china", null);

        Assert.Equal("us-china", accepted.Topic);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _app.DisposeAsync();
    }
}

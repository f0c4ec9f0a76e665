using System.Text.Json;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Live;

/// <summary>The hub on the wire: the demo app in its own process, a raw WebSocket speaking SignalR JSON.</summary>
public sealed class HubProtocolTests : IAsyncLifetime
{
    private static readonly string[] ArticleFields =
    [
        "id", "title", "outlet", "sourceId", "perspectiveId", "perspectiveRule", "link", "snippet",
        "publishedAt", "seenAt", "sortAt", "feedId", "language", "topics", "storyId",
    ];

    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-hub-ws-").FullName;
    private AppProcess _app = null!;

    public async Task InitializeAsync() => _app = await DemoApp.StartAsync(_dataDir, stepSeconds: 4, itemsPerStep: 1);

    [Fact]
    public async Task Subscribe_ChinaOnly_CompletionThenOnlyChinaArticlesOfTopic()
    {
        await using var client = await HubProtocolClient.ConnectAsync(_app.BaseUrl);

        var completion = await client.InvokeAsync("Subscribe", "US-China", new[] { "China" });
        Assert.False(completion.TryGetProperty("error", out var error), error.ToString());
        var accepted = completion.GetProperty("result");
        Assert.Equal("us-china", accepted.GetProperty("topic").GetString());
        Assert.Equal(["china"], accepted.GetProperty("perspectives").EnumerateArray().Select(p => p.GetString()));

        var message = await client.WaitForAsync(IsArticlesAdded, DemoApp.ArrivalTimeout);

        var payload = Assert.Single(message.GetProperty("arguments").EnumerateArray());
        Assert.Equal("us-china", payload.GetProperty("topic").GetString());
        var articles = payload.GetProperty("articles").EnumerateArray().ToArray();
        Assert.NotEmpty(articles);
        foreach (var article in articles)
        {
            Assert.Equal(ArticleFields.Order(), article.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal("china", article.GetProperty("perspectiveId").GetString());
            Assert.Contains("us-china", article.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
            foreach (var date in new[] { "publishedAt", "seenAt", "sortAt" }.Select(article.GetProperty))
                if (date.ValueKind != JsonValueKind.Null) Assert.EndsWith("Z", date.GetString());
        }
    }

    [Theory]
    [InlineData("atlantis", null, "hub: unknown topic 'atlantis' (known: us-china")]
    [InlineData("us-china", "jp", "hub: unknown perspective 'jp' (known: us, china, japan")]
    public async Task Subscribe_Unknown_CompletionCarriesHubError(string topic, string? perspective, string expected)
    {
        await using var client = await HubProtocolClient.ConnectAsync(_app.BaseUrl);

        var completion = await client.InvokeAsync("Subscribe", topic, perspective is null ? null : new[] { perspective });

        Assert.False(completion.TryGetProperty("result", out _));
        Assert.Contains(expected, completion.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unsubscribe_AfterSubscribe_NoArticlesWhileSubscribedClientGetsThem()
    {
        await using var leaving = await HubProtocolClient.ConnectAsync(_app.BaseUrl);
        await using var staying = await HubProtocolClient.ConnectAsync(_app.BaseUrl);
        await leaving.InvokeAsync("Subscribe", "us-china", null);
        await staying.InvokeAsync("Subscribe", "us-china", null);

        var unsubscribed = await leaving.InvokeAsync("Unsubscribe", "us-china");
        Assert.False(unsubscribed.TryGetProperty("error", out var error), error.ToString());
        await staying.WaitForAsync(IsArticlesAdded, DemoApp.ArrivalTimeout);

        // Both would have been sent in the same group send; give a straggler a moment to arrive anyway.
        await Assert.ThrowsAsync<TimeoutException>(() => leaving.WaitForAsync(IsArticlesAdded, TimeSpan.FromSeconds(2)));
    }

    private static bool IsArticlesAdded(JsonElement m) =>
        HubProtocolClient.Type(m) == 1 && m.GetProperty("target").GetString() == "articlesAdded";

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

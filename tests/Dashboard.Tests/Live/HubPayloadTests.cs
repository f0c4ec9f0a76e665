using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Alerts;
using Dashboard.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Tests.Live.HubApp;

namespace Dashboard.Tests.Live;

/// <summary>
/// The JSON a client receives, read untyped (<c>On&lt;JsonElement&gt;</c>) because README documents exactly these
/// names and formats for clients in any language: camelCase, ISO-8601 UTC dates ending in "Z".
/// </summary>
public sealed partial class HubPayloadTests : IAsyncLifetime
{
    private static readonly string[] ArticleFields =
    [
        "id", "title", "outlet", "sourceId", "perspectiveId", "perspectiveRule", "link", "snippet",
        "publishedAt", "seenAt", "sortAt", "feedId", "language", "topics", "storyId",
    ];

    private HubApp _app = null!;

    public async Task InitializeAsync() => _app = await HubApp.StartAsync();

    [Fact]
    public async Task ArticlesAdded_AfterRefresh_CamelCaseArticlesWithUtcIsoDates()
    {
        var raw = new HubInbox<JsonElement>(ArticlesAddedMessage.Method, m => m.GetRawText());
        await using var connection = NewsHubClient.Builder(_app.Server).Build();
        connection.On<JsonElement>(ArticlesAddedMessage.Method, raw.Add);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("Subscribe", "us-china", new[] { "china" });

        await _app.RefreshAsync(MixedFeed);
        var payload = await raw.NextAsync(MessageTimeout);

        Assert.Equal(["articles", "topic"], payload.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("us-china", payload.GetProperty("topic").GetString());
        var article = Assert.Single(payload.GetProperty("articles").EnumerateArray());
        Assert.Equal(ArticleFields.Order(), article.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((XinhuaTitle, "china", "xinhua", MixedFeed), (article.GetProperty("title").GetString(),
            article.GetProperty("perspectiveId").GetString(), article.GetProperty("sourceId").GetString(), article.GetProperty("feedId").GetString()));
        Assert.Equal(["us-china"], article.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2025-11-24T08:30:00Z", article.GetProperty("publishedAt").GetString());
        foreach (var name in new[] { "seenAt", "sortAt" })
            Assert.Matches(UtcIso(), article.GetProperty(name).GetString());
        Assert.Equal(JsonValueKind.Number, article.GetProperty("storyId").ValueKind);
    }

    [Fact]
    public async Task AlertRaised_AlertOfSubscribedTopic_SentWhateverPerspectiveFilter()
    {
        await using var client = await _app.ConnectAsync();
        await client.SubscribeAsync("us-china", ["china"]);
        var hour = new DateTime(2025, 11, 24, 8, 0, 0, DateTimeKind.Utc);

        // The spike monitor publishes here; driving it to a real spike takes a week of hourly history.
        _app.Services.GetRequiredService<AlertNotifier>().Publish(new AlertSummary(7, "us-china", "us", hour, 12, 1.5, 0.5, 21, hour.AddMinutes(65)));
        var payload = await client.Alerts.NextAsync(MessageTimeout);

        Assert.Equal("us-china", payload.GetProperty("topic").GetString());
        var alert = payload.GetProperty("alert");
        Assert.Equal(["baselineMean", "baselineSd", "count", "hour", "hourEnd", "id", "perspectiveId", "raisedAt", "topicId", "z"],
            alert.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((7, "us", "2025-11-24T08:00:00Z", "2025-11-24T09:00:00Z", "2025-11-24T09:05:00Z"), (alert.GetProperty("id").GetInt32(),
            alert.GetProperty("perspectiveId").GetString(), alert.GetProperty("hour").GetString(), alert.GetProperty("hourEnd").GetString(),
            alert.GetProperty("raisedAt").GetString()));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcIso();

    public async Task DisposeAsync() => await _app.DisposeAsync();
}

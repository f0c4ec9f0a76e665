using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Storage;
using Dashboard.Tests.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.App;

/// <summary>"Refresh now" through the API on feeds that may not be fetched.</summary>
public sealed class FeedRefreshApiTests : IAsyncLifetime
{
    private LoopbackApp _app = null!;

    public async Task InitializeAsync() => _app = await LoopbackApp.StartAsync(server =>
    {
        server.MapContent("/off.xml", TestCatalog.GoogleNewsRss(("D1", "Xi talks with Trump over phone", "新华网", "https://www.news.cn")));
        var off = TestCatalog.Feed("off", server.Url("/off.xml"));
        off.Enabled = false;
        return [off];
    });

    [Fact]
    public async Task Refresh_DisabledFeed_409AndNeverFetched()
    {
        using var response = await _app.Client.PostAsync("/api/feeds/off/refresh", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("api: feed 'off' is disabled (Enabled=false in its configuration) and is never fetched", problem.GetProperty("detail").GetString());
        Assert.Equal(0, _app.Server.RequestCount("/off.xml"));
        await using var db = await _app.Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}

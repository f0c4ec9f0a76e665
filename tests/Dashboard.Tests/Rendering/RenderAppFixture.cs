using System.Net;
using Dashboard.Tests.App;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.Rendering;

/// <summary>
/// The app in-process with two loopback feeds ingested: the catalog's three items of 24 Nov 2025 08:30 UTC (新华网, which
/// the registry names Xinhua, The New York Times, a gazette) and 人民日报, an outlet the registry does not know, so its
/// name is shown as it is (a frozen day that has settled); and two items of five minutes ago (inside every live range).
/// </summary>
public sealed class RenderAppFixture : IAsyncLifetime
{
    /// <summary>The settled frozen day of the catalog's items, as a view query.</summary>
    public const string FrozenDay = "from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z";

    public const string PeoplesDaily = "人民日报";

    private LoopbackApp _loopback = null!;

    public HttpClient Client => _loopback.Client;
    public DashboardAppFactory App => _loopback.Factory;

    public async Task InitializeAsync()
    {
        _loopback = await LoopbackApp.StartAsync(server =>
        {
            server.MapContent("/day.xml", TestCatalog.GoogleNewsRss(
                [.. TestCatalog.ThreeItems, ("CBMiA4", "China answers US tariff move", PeoplesDaily, "http://www.people.com.cn")]));
            server.MapContent("/now.xml", TestCatalog.GoogleNewsRss(
                    ("CBMiN1", "China and US hold trade talks", "新华网", "https://www.news.cn"),
                    ("CBMiN2", "Beijing answers Washington on tariffs", "The New York Times", "https://www.nytimes.com"))
                .Replace("Mon, 24 Nov 2025 08:30:00 GMT", DateTime.UtcNow.AddMinutes(-5).ToString("R"), StringComparison.Ordinal));
            return [TestCatalog.Feed("day", server.Url("/day.xml")), TestCatalog.Feed("now", server.Url("/now.xml"))];
        });
        foreach (var feed in new[] { "day", "now" })
            Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync($"/api/feeds/{feed}/refresh", null)).StatusCode);
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

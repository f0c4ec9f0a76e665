using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Infrastructure;

namespace Dashboard.Tests.Demo;

/// <summary>The shipped demo, started once: `--demo` with appsettings.json as it is (relative dates, the shipped schedule).</summary>
public sealed class DefaultDemoFixture : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-default-demo-").FullName;

    public AppProcess App { get; private set; } = null!;

    /// <summary>Taken before the app starts, so its demo start is later.</summary>
    public DateTimeOffset StartedAfter { get; private set; }

    /// <summary>The first batch, as the API lists it once both feeds delivered theirs.</summary>
    public JsonElement[] Articles { get; private set; } = [];

    public async Task InitializeAsync()
    {
        StartedAfter = DateTimeOffset.UtcNow.AddSeconds(-1); // the demo dates to whole seconds
        App = await DemoApp.StartShippedAsync(_dataDir);
        using var http = new HttpClient { BaseAddress = App.BaseUrl };
        var deadline = DateTime.UtcNow + DemoApp.ArrivalTimeout;
        do
        {
            await Task.Delay(250);
            Articles = (await http.GetFromJsonAsync<JsonElement>("api/articles?limit=200")).EnumerateArray().ToArray();
        } while (!(Articles.Length >= 8 && Articles.Select(a => a.GetProperty("feedId").GetString()).Distinct().Count() == 2) && DateTime.UtcNow < deadline);
        if (Articles.Length < 8) throw new TimeoutException($"demo: {Articles.Length} articles after {DemoApp.ArrivalTimeout}:\n{App.Output}");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

public sealed class DefaultDemoAppTests(DefaultDemoFixture demo) : IClassFixture<DefaultDemoFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = demo.App.BaseUrl };

    [Theory]
    [InlineData("1h")]
    [InlineData("6h")]
    [InlineData("24h")]
    [InlineData("7d")]
    [InlineData("30d")]
    public async Task Stories_PresetRangeOfTheFirstBatch_HaveArticles(string range)
    {
        var stories = await _http.GetFromJsonAsync<JsonElement>($"api/stories?topic=us-china&range={range}&limit=100");

        Assert.True(stories.GetArrayLength() > 0, $"no story in the last {range}:\n{demo.App.Output}");
    }

    [Fact]
    public void Articles_FirstBatch_NewestDatedAtTheDemoStart()
    {
        var newest = demo.Articles.Max(a => a.GetProperty("publishedAt").GetDateTimeOffset());

        Assert.InRange(newest, demo.StartedAfter, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Digest_DayOfTheDemoStart_CountsItsArticles()
    {
        var newest = demo.Articles.Max(a => a.GetProperty("publishedAt").GetDateTimeOffset());

        var digest = await _http.GetFromJsonAsync<JsonElement>(
            $"api/digests/us-china/{newest.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        Assert.True(digest.GetProperty("document").GetProperty("articleCount").GetInt32() >= 1);
    }

    /// <summary>Items dated in that day are still to be released: a digest stored now would stand without them.</summary>
    [Fact]
    public async Task Digest_ClosedDayDuringTheReplay_PartialAndNotStored()
    {
        var oldest = demo.Articles.Min(a => a.GetProperty("publishedAt").GetDateTimeOffset()); // more than a day before the start

        var digest = await _http.GetFromJsonAsync<JsonElement>(
            $"api/digests/us-china/{oldest.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        Assert.False(digest.GetProperty("stored").GetBoolean());
        Assert.True(digest.GetProperty("document").GetProperty("partial").GetBoolean());
    }

    [Fact]
    public void Articles_SeedArticles_StoredWithoutAnOutlet()
    {
        var seedArticles = demo.Articles.Where(a => a.GetProperty("link").GetString()!.Contains("/demo/articles/")).ToList();

        Assert.Equal(3, seedArticles.Count); // all three are in the first batch (each feed's oldest)
        Assert.All(seedArticles, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("outlet").ValueKind));
        Assert.All(seedArticles, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("sourceId").ValueKind));
    }

    [Fact]
    public async Task Everywhere_MadeUpOutlet_IsNowhere()
    {
        var pages = new[] { "api/articles?limit=200", "api/stories?topic=us-china&range=30d&limit=100", "api/terms?topic=us-china&range=30d&top=50", "/", "/demo/articles/000" };

        foreach (var page in pages)
            Assert.DoesNotContain("Dashboard demo article", await _http.GetStringAsync(page), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Terms_LastMonth_NoneFromAnOutletName()
    {
        var terms = (await _http.GetFromJsonAsync<JsonElement>("api/terms?topic=us-china&range=30d&top=50")).EnumerateArray()
            .SelectMany(p => p.GetProperty("terms").EnumerateArray()).Select(t => t.GetProperty("term").GetString()).ToList();

        // A day of two dozen articles rarely has a significant term; whatever is listed, no outlet name is among them.
        Assert.DoesNotContain("dashboard", terms);
        Assert.DoesNotContain("demo", terms);
        Assert.DoesNotContain("article", terms);
    }

    public void Dispose() => _http.Dispose();
}

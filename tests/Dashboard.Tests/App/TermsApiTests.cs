using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Analysis;
using Dashboard.Tests.Ingestion;

namespace Dashboard.Tests.App;

/// <summary>/api/terms lists each side's significant words only (z ≥ 1.96), in the real app fed by a loopback feed.</summary>
public sealed class TermsApiTests : IAsyncLifetime
{
    private const string Window = "topic=us-china&from=2025-11-24T00:00:00Z&to=2025-11-25T00:00:00Z";

    private LoopbackApp _loopback = null!;

    public async Task InitializeAsync()
    {
        _loopback = await LoopbackApp.StartAsync(server =>
        {
            server.MapContent("/gn.xml", TestCatalog.GoogleNewsRss(SignificantTermsFeed.Items()));
            return [TestCatalog.Feed("gn", server.Url("/gn.xml"))];
        });
        (await _loopback.Client.PostAsync("/api/feeds/gn/refresh", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Terms_TwoPerspectivesWithOwnWords_EachListsItsOwnSignificantWordsOnly()
    {
        var terms = await _loopback.Client.GetFromJsonAsync<JsonElement>($"/api/terms?{Window}&top=10");

        var bySide = terms.EnumerateArray().ToDictionary(t => t.GetProperty("perspectiveId").GetString()!, t => t.GetProperty("terms").EnumerateArray().ToList());
        var china = bySide["china"].Select(t => t.GetProperty("term").GetString()).ToList();
        var us = bySide["us"].Select(t => t.GetProperty("term").GetString()).ToList();
        Assert.Contains("sovereignty", china);
        Assert.Contains("tariff", us); // the tokenizer folds plurals
        Assert.DoesNotContain("tariff", china);
        Assert.DoesNotContain("taiwan", china.Concat(us)); // both sides' word: not distinctive
        Assert.All(bySide.Values.SelectMany(t => t), t => Assert.True(t.GetProperty("z").GetDouble() >= 1.96, t.ToString()));
    }

    public async Task DisposeAsync() => await _loopback.DisposeAsync();
}

using Dashboard.Configuration;
using Dashboard.Stories;
using Dashboard.Tests.Infrastructure;
using Dashboard.Tests.Overview;
using Microsoft.Extensions.Options;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Stories;

/// <summary>
/// The blindspot rule through StoryQueries on a real SQLite file: five US articles and none of China's, with or without
/// China's one feed (cn-a of <see cref="OverviewOptions"/>) recorded as down.
/// </summary>
public sealed class StoryQueriesBlindspotTests : IDisposable
{
    private static readonly DateTime Now = Utc("2025-11-24T12:00:00Z");
    private readonly TestDatabase _database = new();

    /// <summary>US articles at 09:00, 09:30 … 11:00 of 24 Nov 2025, story 1.</summary>
    private static readonly (long, string, DateTime)[] UsOnly =
        [.. Enumerable.Range(0, 5).Select(i => ((long)i + 1, "us", Utc("2025-11-24T09:00:00Z").AddMinutes(30 * i)))];

    private async Task<StoryQueries> QueriesAsync(Action<DashboardOptions>? configure = null, string[]? neverRead = null,
        params Dashboard.Storage.Entities.FeedOutage[] outages)
    {
        var options = OverviewOptions.Create();
        configure?.Invoke(options);
        return new StoryQueries(await StoryTestData.WriteAsync(_database, 1, UsOnly, outages, neverRead), Options.Create(options));
    }

    [Fact]
    public async Task ViewAsync_MissingSideFeedNeverRead_NoBlindspot()
    {
        var stories = await QueriesAsync(neverRead: ["cn-a"]);

        var view = await stories.ViewAsync(View(), Now, 10, default);

        Assert.Empty(view.Blindspots);
        var story = Assert.Single(view.Top);
        Assert.Equal(BlindspotReason.MissingSideNotRead, story.Verdict.Kind);
        Assert.StartsWith("Not a blindspot: no China feed has been read yet", story.Verdict.Reason);
    }

    [Fact]
    public async Task ViewAsync_MissingSideFeedsWorking_Blindspot()
    {
        var stories = await QueriesAsync();

        var view = await stories.ViewAsync(View(), Now, 10, default);

        var story = Assert.Single(view.Blindspots);
        Assert.Equal(new Blindspot("us", "china", 5, 0, 0), story.Blindspot);
        Assert.Equal("Blindspot: covered by United States (5 articles), China 0 of 5 (0 %) although China's feeds were working during the story",
            story.Verdict.Reason);
    }

    [Fact]
    public async Task ViewAsync_MissingSideFeedsDownOverTheStory_NoBlindspot()
    {
        var stories = await QueriesAsync(outages: StoryTestData.Outage("cn-a", "china", Utc("2025-11-24T08:00:00Z"), Utc("2025-11-24T12:00:00Z")));

        var view = await stories.ViewAsync(View(), Now, 10, default);

        Assert.Empty(view.Blindspots);
        var story = Assert.Single(view.Top);
        Assert.Null(story.Blindspot);
        Assert.Equal(BlindspotReason.MissingSideDown, story.Verdict.Kind);
        Assert.Equal("Not a blindspot: China's feeds were down 2025-11-24 09:00–11:00 UTC, 100 % of the story's time; an outage is not silence",
            story.Verdict.Reason);
    }

    [Fact]
    public async Task FindAsync_MissingSideStillDown_NotABlindspot()
    {
        // Still failing (no end): down from 10:00 on, 60 of the story's 120 minutes.
        var stories = await QueriesAsync(outages: StoryTestData.Outage("cn-a", "china", Utc("2025-11-24T10:00:00Z"), null));

        var detail = await stories.FindAsync(1, default);

        Assert.NotNull(detail);
        Assert.Null(detail.Story.Blindspot);
        Assert.Equal(BlindspotReason.MissingSideDown, detail.Story.Verdict.Kind);
        Assert.Contains("50 % of the story's time", detail.Story.Verdict.Reason);
    }

    [Fact]
    public async Task FindAsync_OutageBeforeTheStory_StillBlindspot()
    {
        var stories = await QueriesAsync(outages: StoryTestData.Outage("cn-a", "china", Utc("2025-11-23T08:00:00Z"), Utc("2025-11-23T20:00:00Z")));

        var detail = await stories.FindAsync(1, default);

        Assert.Equal(BlindspotReason.Blindspot, detail!.Story.Verdict.Kind);
        Assert.Equal(new Blindspot("us", "china", 5, 0, 0), detail.Story.Blindspot);
    }

    [Fact]
    public async Task ViewAsync_MissingSideHasNoEnabledFeed_NoBlindspot()
    {
        var stories = await QueriesAsync(o => o.Feeds.Single(f => f.Id == "cn-a").Enabled = false);

        var view = await stories.ViewAsync(View(), Now, 10, default);

        Assert.Empty(view.Blindspots);
        Assert.Equal("Not a blindspot: no China feed is polled", Assert.Single(view.Top).Verdict.Reason);
    }

    public void Dispose() => _database.Dispose();
}

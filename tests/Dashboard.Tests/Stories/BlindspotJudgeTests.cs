using Dashboard.Overview;
using Dashboard.Stories;
using static Dashboard.Tests.Overview.OverviewTestData;

namespace Dashboard.Tests.Stories;

/// <summary>
/// The full blindspot rule on hand-made inputs: counts, the story's span, all-feeds-down periods and the polled
/// perspectives, with the verdict's sentence. The shipped thresholds: MinArticles 3, MinStoryArticles 4, MaxShare 0.2.
/// </summary>
public sealed class BlindspotJudgeTests
{
    private static readonly BlindspotOptions Options = new()
    {
        Names = new Dictionary<string, string> { ["us"] = "United States", ["china"] = "China" },
    };

    private static readonly DateTime Ten = Utc("2025-11-24T10:00:00Z"), Fourteen = Utc("2025-11-24T14:00:00Z");
    private static readonly HashSet<string> BothPolled = ["us", "china"];

    private static BlindspotVerdict Judge((string Id, int Count)[] counts, OutageSpan[]? outages = null, DateTime? first = null, DateTime? last = null,
        IReadOnlySet<string>? polled = null, BlindspotOptions? options = null) =>
        BlindspotRule.Judge(new BlindspotEvidence(counts.ToDictionary(c => c.Id, c => c.Count), first ?? Ten, last ?? Fourteen,
            outages ?? [], polled ?? BothPolled), options ?? Options);

    private static OutageSpan Down(string perspective, string from, string to) => new(perspective, Utc(from), Utc(to));

    [Fact]
    public void Judge_OneSideOnlyAndOtherSideWorking_Blindspot()
    {
        var verdict = Judge([("us", 5), ("china", 0)]);

        Assert.True(verdict.IsBlindspot);
        Assert.Equal(new Blindspot("us", "china", 5, 0, 0), verdict.Blindspot);
        Assert.Equal("Blindspot: covered by United States (5 articles), China 0 of 5 (0 %) although China's feeds were working during the story", verdict.Reason);
        Assert.Equal([new StoryPerspectiveCount("us", 5), new StoryPerspectiveCount("china", 0)], verdict.Compared);
        Assert.Equal(5, verdict.ComparedArticles);
    }

    [Fact]
    public void Judge_MissingSideAtMaxShare_BlindspotWithRoundedShare()
    {
        // 1 of 5 = 20 % ≤ MaxShare; the share in the sentence is the blindspot's.
        var verdict = Judge([("us", 1), ("china", 4)]);

        Assert.Equal("Blindspot: covered by China (4 articles), United States 1 of 5 (20 %) although United States' feeds were working during the story", verdict.Reason);
    }

    [Fact]
    public void Judge_TwoArticles_TooFewToJudge()
    {
        var verdict = Judge([("us", 2), ("china", 0)]);

        Assert.Equal(BlindspotReason.TooFewArticles, verdict.Kind);
        Assert.Null(verdict.Blindspot);
        Assert.Equal("Not a blindspot: only 2 articles from United States and China, too few to judge (needs 4)", verdict.Reason);
    }

    [Fact]
    public void Judge_ThreeOfOneSideOnly_TooFewToJudgeAlthoughMinArticlesMet()
    {
        // Today's MinArticles (3) is met, MinStoryArticles (4) is not: the compared perspectives' total counts.
        Assert.Equal(BlindspotReason.TooFewArticles, Judge([("us", 3), ("china", 0), ("japan", 9)]).Kind);
        Assert.Null(BlindspotRule.Evaluate(new Dictionary<string, int> { ["us"] = 3, ["china"] = 0 }, Options));
    }

    [Fact]
    public void Judge_ExactlyMinStoryArticles_Judged()
    {
        Assert.Equal(BlindspotReason.Blindspot, Judge([("us", 4), ("china", 0)]).Kind);
        Assert.Equal(new Blindspot("us", "china", 4, 0, 0), BlindspotRule.Evaluate(new Dictionary<string, int> { ["us"] = 4 }, Options));
    }

    [Fact]
    public void Judge_NoSideHasMinArticles_TooFewToJudge()
    {
        var verdict = Judge([("us", 4), ("china", 0)], options: Options with { MinArticles = 5 });

        Assert.Equal(BlindspotReason.TooFewArticles, verdict.Kind);
        Assert.Equal("Not a blindspot: no side has the 5 articles needed to judge (United States 4, China 0)", verdict.Reason);
    }

    [Fact]
    public void Judge_BothSidesCovered_BothCovered()
    {
        var verdict = Judge([("us", 4), ("china", 3)]);

        Assert.Equal(BlindspotReason.BothCovered, verdict.Kind);
        Assert.Equal("Not a blindspot: both sides covered it (United States 4, China 3)", verdict.Reason);
    }

    [Fact]
    public void Judge_MissingSideDownOverTheStory_NotBlindspot()
    {
        var verdict = Judge([("us", 5), ("china", 0)], [Down("china", "2025-11-24T10:00:00Z", "2025-11-24T14:00:00Z")]);

        Assert.Equal(BlindspotReason.MissingSideDown, verdict.Kind);
        Assert.Null(verdict.Blindspot);
        Assert.Equal("Not a blindspot: China's feeds were down 2025-11-24 10:00–14:00 UTC, 100 % of the story's time; an outage is not silence", verdict.Reason);
    }

    [Fact]
    public void Judge_MissingSideDownForHalfTheStory_NotBlindspotBecauseBoundIsInclusive()
    {
        // Two periods, 10:00–11:00 and 13:00–14:30: 2 of the story's 4 hours, the part after 14:00 not counted.
        var verdict = Judge([("us", 5), ("china", 0)],
            [Down("china", "2025-11-24T10:00:00Z", "2025-11-24T11:00:00Z"), Down("china", "2025-11-24T13:00:00Z", "2025-11-24T14:30:00Z")]);

        Assert.Equal(BlindspotReason.MissingSideDown, verdict.Kind);
        Assert.Equal("Not a blindspot: China's feeds were down 2025-11-24 10:00–11:00 UTC and 2025-11-24 13:00–14:00 UTC, 50 % of the story's time; an outage is not silence",
            verdict.Reason);
    }

    [Fact]
    public void Judge_MissingSideDownForLessThanHalfTheStory_Blindspot()
    {
        // 12:01–14:00 is 119 of 240 minutes.
        Assert.Equal(BlindspotReason.Blindspot, Judge([("us", 5), ("china", 0)], [Down("china", "2025-11-24T12:01:00Z", "2025-11-24T14:00:00Z")]).Kind);
    }

    [Fact]
    public void Judge_OutageOutsideTheStoryOrOfTheCoveringSide_StillBlindspot()
    {
        var verdict = Judge([("us", 5), ("china", 0)],
        [
            Down("china", "2025-11-23T10:00:00Z", "2025-11-24T10:00:00Z"), // ends as the story begins
            Down("china", "2025-11-24T14:00:00Z", "2025-11-25T10:00:00Z"), // begins as it ends
            Down("us", "2025-11-24T10:00:00Z", "2025-11-24T14:00:00Z"), // the covering side's outage says nothing of China
        ]);

        Assert.Equal(BlindspotReason.Blindspot, verdict.Kind);
    }

    [Fact]
    public void Judge_OneInstantStoryInsideOutage_NotBlindspot()
    {
        var verdict = Judge([("us", 5), ("china", 0)], [Down("china", "2025-11-24T09:00:00Z", "2025-11-24T10:30:00Z")], first: Ten, last: Ten);

        Assert.Equal("Not a blindspot: China's feeds were down 2025-11-24 09:00–10:30 UTC, at the story's time; an outage is not silence", verdict.Reason);
    }

    [Fact]
    public void Judge_OneInstantStoryAtOutageEnd_Blindspot()
    {
        // Outages are half-open: at 10:00 the feed was back.
        Assert.Equal(BlindspotReason.Blindspot,
            Judge([("us", 5), ("china", 0)], [Down("china", "2025-11-24T09:00:00Z", "2025-11-24T10:00:00Z")], first: Ten, last: Ten).Kind);
    }

    [Fact]
    public void Judge_MissingSideNotPolled_NotBlindspot()
    {
        var verdict = Judge([("us", 5), ("china", 0)], polled: new HashSet<string> { "us" });

        Assert.Equal(BlindspotReason.MissingSideNotPolled, verdict.Kind);
        Assert.Equal("Not a blindspot: no China feed is polled", verdict.Reason);
    }

    [Fact]
    public void Judge_BestPairsMissingSideDown_NextPairIsTheBlindspot()
    {
        // us → china and us → russia both qualify (china first, ordinal); china was down, russia was not.
        var options = Options with { Perspectives = ["us", "china", "russia"] };

        var verdict = Judge([("us", 6), ("china", 0), ("russia", 0)], [Down("china", "2025-11-24T09:00:00Z", "2025-11-24T15:00:00Z")],
            polled: new HashSet<string> { "us", "china", "russia" }, options: options);

        Assert.Equal(new Blindspot("us", "russia", 6, 0, 0), verdict.Blindspot);
        Assert.Equal("Blindspot: covered by United States (6 articles), russia 0 of 6 (0 %) although russia's feeds were working during the story", verdict.Reason);
    }

    [Fact]
    public void Judge_StoryEndsBeforeItStarts_Throws() =>
        Assert.Throws<ArgumentException>(() => Judge([("us", 5)], first: Fourteen, last: Ten));
}

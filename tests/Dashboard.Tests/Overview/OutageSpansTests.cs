using Dashboard.Overview;

namespace Dashboard.Tests.Overview;

public sealed class OutageSpansTests
{
    private static readonly DateTime Day = new(2025, 11, 24, 0, 0, 0, DateTimeKind.Utc);

    private static DateTime H(double hours) => Day.AddHours(hours);

    private static IReadOnlyList<(DateTime, DateTime?)> Feed(params (double From, double? To)[] periods) =>
        periods.Select(p => (H(p.From), p.To is { } to ? H(to) : (DateTime?)null)).ToList();

    private static (double, double)[] Hours(IReadOnlyList<(DateTime From, DateTime To)> spans) =>
        spans.Select(s => ((s.From - Day).TotalHours, (s.To - Day).TotalHours)).ToArray();

    private static (double, double)[] AllDown(double windowFrom, double windowTo, double now, params IReadOnlyList<(DateTime, DateTime?)>[] feeds) =>
        Hours(OutageSpans.AllDown(feeds, H(windowFrom), H(windowTo), H(now)));

    [Fact]
    public void AllDown_TwoFeedsOverlapping_OnlyTheOverlap() =>
        Assert.Equal([(11.0, 12.0)], AllDown(9, 14, 13, Feed((10, 12)), Feed((11, null))));

    [Fact]
    public void AllDown_OneFeedNeverDown_Nothing() =>
        Assert.Empty(AllDown(0, 24, 24, Feed((1, 5)), Feed()));

    [Fact]
    public void AllDown_NoFeeds_Nothing() => Assert.Empty(AllDown(0, 24, 24));

    [Fact]
    public void AllDown_SingleFeed_ItsOwnPeriods() =>
        Assert.Equal([(1.0, 3.0), (7.0, 9.0)], AllDown(0, 24, 24, Feed((7, 9), (1, 3))));

    [Fact]
    public void AllDown_OverlappingAndTouchingPeriodsOfOneFeed_MergedBeforeIntersecting() =>
        // A: 1–3 ∪ 2–5 ∪ 5–6 = 1–6, and 7–9; B: 4–8 → 4–6 and 7–8.
        Assert.Equal([(4.0, 6.0), (7.0, 8.0)], AllDown(0, 24, 24, Feed((1, 3), (2, 5), (5, 6), (7, 9)), Feed((4, 8))));

    [Fact]
    public void AllDown_ThreeFeeds_CommonPartOfAll() =>
        // A 0–10, B 2–4 and 6–9, C 3–7 → 3–4 and 6–7.
        Assert.Equal([(3.0, 4.0), (6.0, 7.0)], AllDown(0, 24, 24, Feed((0, 10)), Feed((2, 4), (6, 9)), Feed((3, 7))));

    [Fact]
    public void AllDown_OpenOutage_EndsAtNowAndIsClippedToTheWindow() =>
        Assert.Equal([(9.0, 9.5)], AllDown(9, 10, 9.5, Feed((8, null)), Feed((8.5, null))));

    [Fact]
    public void AllDown_PeriodsOutsideTheWindow_Dropped() =>
        Assert.Equal([(12.0, 13.0)], AllDown(12, 18, 24, Feed((1, 2), (11, 13), (20, 22)), Feed((0, 23))));

    [Fact]
    public void AllDown_EmptyOrInvertedPeriod_Ignored() =>
        Assert.Empty(AllDown(0, 24, 24, Feed((5, 5), (7, 6))));
}

using Dashboard.Alerts;

namespace Dashboard.Tests.Alerts;

public sealed class SpikeDetectorTests
{
    private const double Tolerance = 1e-6;
    private static readonly DateTime Hour = new(2025, 3, 10, 14, 0, 0, DateTimeKind.Utc);
    private static readonly SpikeOptions Defaults = new();

    /// <summary>Counts of topic "trade" / perspective "us": <paramref name="now"/> at <see cref="Hour"/>, then baseline[d−1] at Hour − d days.</summary>
    private static List<HourlyCount> Series(int now, params int[] baseline)
    {
        var counts = new List<HourlyCount> { new("trade", "us", Hour, now) };
        for (var d = 1; d <= baseline.Length; d++) counts.Add(new("trade", "us", Hour.AddDays(-d), baseline[d - 1]));
        return counts;
    }

    [Fact]
    public void Detect_BaselineBelowPoissonFloor_RaisesSpikeWithFlooredZ()
    {
        // Baseline 2,3,2,4,3,2,5: μ = 21/7 = 3; deviations −1,0,−1,1,0,−1,2 → squares sum 8; s = sqrt(8/6) = 1.154700538379252.
        // Floor sqrt(max(3, 1)) = 1.732050807568877 > s, so z = (15 − 3) / 1.732050807568877 = 6.928203230275509.
        var spike = Assert.Single(SpikeDetector.Detect(Series(15, 2, 3, 2, 4, 3, 2, 5), Hour, Defaults));

        Assert.Equal(("trade", "us", Hour, 15), (spike.TopicId, spike.PerspectiveId, spike.Hour, spike.Count));
        Assert.Equal(3, spike.BaselineMean, Tolerance);
        Assert.Equal(1.154700538379252, spike.BaselineSd, Tolerance);
        Assert.Equal(6.928203230275509, spike.Z, Tolerance);
    }

    [Fact]
    public void Detect_VariedBaseline_DividesBySampleSd()
    {
        // Baseline 1,9,2,8,3,7,5: μ = 35/7 = 5; deviations −4,4,−3,3,−2,2,0 → squares sum 58; s = sqrt(58/6) = 3.109126351029605.
        // Floor sqrt(5) = 2.236067977499790 < s, so z = (20 − 5) / 3.109126351029605 = 4.824506406770077.
        var spike = Assert.Single(SpikeDetector.Detect(Series(20, 1, 9, 2, 8, 3, 7, 5), Hour, Defaults));

        Assert.Equal(5, spike.BaselineMean, Tolerance);
        Assert.Equal(3.109126351029605, spike.BaselineSd, Tolerance);
        Assert.Equal(4.824506406770077, spike.Z, Tolerance);
    }

    [Fact]
    public void Detect_ZBelowThreshold_RaisesNothing()
    {
        // Same baseline, x = 14: z = (14 − 5) / 3.109126351029605 = 2.894703844 < 3.
        Assert.Empty(SpikeDetector.Detect(Series(14, 1, 9, 2, 8, 3, 7, 5), Hour, Defaults));
    }

    [Fact]
    public void Detect_CountBelowMinCount_RaisesNothing()
    {
        // Flat zero baseline, x = 4: z = 4 / 1 = 4 ≥ 3 but 4 < MinCount 5.
        Assert.Empty(SpikeDetector.Detect(Series(4, 0, 0, 0, 0, 0, 0, 0), Hour, Defaults));
        Assert.Single(SpikeDetector.Detect(Series(4, 0, 0, 0, 0, 0, 0, 0), Hour, Defaults with { MinCount = 4 }));
    }

    [Fact]
    public void Detect_FlatZeroBaseline_UsesFloorOfOne()
    {
        // μ = 0, s = 0: divisor max(0, sqrt(max(0, 1))) = 1, so z = (5 − 0) / 1 = 5 (not infinity).
        var spike = Assert.Single(SpikeDetector.Detect(Series(5, 0, 0, 0, 0, 0, 0, 0), Hour, Defaults));

        Assert.Equal(0, spike.BaselineMean);
        Assert.Equal(0, spike.BaselineSd);
        Assert.Equal(5, spike.Z, Tolerance);
    }

    [Fact]
    public void Detect_MissingBaselineDays_CountAsZero()
    {
        // Only days −1..−3 present (7 each): baseline 7,7,7,0,0,0,0; μ = 21/7 = 3;
        // deviations 4,4,4,−3,−3,−3,−3 → squares 48 + 36 = 84; s = sqrt(84/6) = sqrt(14) = 3.741657386773941.
        // s > floor sqrt(3), z = (15 − 3) / 3.741657386773941 = 3.207134902949093.
        // (Ignoring the missing days would give μ = 7, s = 0 and z = 8 / sqrt 7 = 3.02.)
        var spike = Assert.Single(SpikeDetector.Detect(Series(15, 7, 7, 7), Hour, Defaults));

        Assert.Equal(3, spike.BaselineMean, Tolerance);
        Assert.Equal(3.741657386773941, spike.BaselineSd, Tolerance);
        Assert.Equal(3.207134902949093, spike.Z, Tolerance);
    }

    [Fact]
    public void Detect_CountsAtOtherHours_AreIgnored()
    {
        var counts = Series(15, 2, 3, 2, 4, 3, 2, 5);
        // Neighbouring hours, the next hour, and the same hour 8 days back (outside the 7-day baseline).
        counts.Add(new("trade", "us", Hour.AddHours(-1), 100));
        counts.Add(new("trade", "us", Hour.AddHours(1), 100));
        counts.Add(new("trade", "us", Hour.AddHours(-23), 100));
        counts.Add(new("trade", "us", Hour.AddHours(-25), 100));
        counts.Add(new("trade", "us", Hour.AddDays(-8), 100));

        var spike = Assert.Single(SpikeDetector.Detect(counts, Hour, Defaults));

        Assert.Equal(3, spike.BaselineMean, Tolerance);
        Assert.Equal(6.928203230275509, spike.Z, Tolerance);
    }

    [Fact]
    public void Detect_SeveralKeys_EvaluatesEachAndOrdersByZDescending()
    {
        var counts = Series(15, 2, 3, 2, 4, 3, 2, 5); // z = 6.93
        counts.Add(new("trade", "china", Hour, 5)); // flat zero baseline: z = 5
        counts.Add(new("climate", "us", Hour, 20)); // flat zero baseline: z = 20
        counts.Add(new("climate", "china", Hour, 2)); // below MinCount
        counts.Add(new("energy", "us", Hour.AddDays(-1), 9)); // present but 0 now

        var spikes = SpikeDetector.Detect(counts, Hour, Defaults);

        Assert.Equal([("climate", "us"), ("trade", "us"), ("trade", "china")], spikes.Select(s => (s.TopicId, s.PerspectiveId)));
    }

    [Fact]
    public void Detect_DuplicateEntriesForSameHour_AreAdded()
    {
        var counts = Series(10, 0, 0, 0, 0, 0, 0, 0);
        counts.Add(new("trade", "us", Hour, 5));

        Assert.Equal(15, Assert.Single(SpikeDetector.Detect(counts, Hour, Defaults)).Count);
    }

    [Fact]
    public void Detect_HourNotTruncated_ThrowsWithClearMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => SpikeDetector.Detect(Series(15), Hour.AddMinutes(30), Defaults));

        Assert.Equal("hour", ex.ParamName);
        Assert.Contains("truncated to the hour", ex.Message);
    }

    [Fact]
    public void Detect_CountHourNotTruncated_Throws()
    {
        var counts = Series(15);
        counts.Add(new("trade", "us", Hour.AddDays(-1).AddSeconds(1), 3));

        var ex = Assert.Throws<ArgumentException>(() => SpikeDetector.Detect(counts, Hour, Defaults));
        Assert.Contains("truncated to the hour", ex.Message);
    }

    [Fact]
    public void Detect_LocalHour_Throws()
    {
        var local = new DateTime(2025, 3, 10, 14, 0, 0, DateTimeKind.Local);

        Assert.Throws<ArgumentException>(() => SpikeDetector.Detect(Series(15), local, Defaults));
    }
}

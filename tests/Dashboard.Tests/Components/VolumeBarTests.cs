using Dashboard.Components.Views;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

/// <summary>The volume chart's axes: how many time labels, which count steps, and labels that name one bucket each.</summary>
public sealed class VolumeBarTests
{
    private static readonly TimeSpan[] Sizes = [TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), TimeSpan.FromDays(1)];

    [Fact]
    public void LabelInterval_AnyBucketCount_AtMostMaxLabelsAndNeverAbove12()
    {
        foreach (var size in Sizes)
            foreach (var maxLabels in new[] { -1, 0, 1, 2, 5, 7, 12, 13, 40 })
                for (var buckets = 1; buckets <= 2000; buckets++)
                {
                    var interval = VolumeBar.LabelInterval(buckets, size, maxLabels);
                    var labels = (buckets + interval - 1) / interval;
                    Assert.True(interval >= 1 && labels <= Math.Clamp(maxLabels, 1, 12),
                        $"{buckets} buckets of {size}, max {maxLabels}: every {interval} gives {labels} labels");
                }
    }

    [Theory]
    [InlineData(13, 5, 2)]     // 1 h of 5-min buckets: every 10 min
    [InlineData(73, 5, 12)]    // 6 h: every hour
    [InlineData(25, 60, 3)]    // 24 h of hours: every 3 h
    [InlineData(169, 60, 24)]  // 7 d: daily
    [InlineData(31, 1440, 3)]  // 30 d of days: every 3 days
    [InlineData(10, 60, 1)]    // few buckets: every one labelled
    public void LabelInterval_PresetWindows_RoundSteps(int buckets, int sizeMinutes, int expected) =>
        Assert.Equal(expected, VolumeBar.LabelInterval(buckets, TimeSpan.FromMinutes(sizeMinutes)));

    [Fact]
    public void LabelInterval_FewerLabelsFit_WiderRoundStep() =>
        Assert.Equal(6, VolumeBar.LabelInterval(25, TimeSpan.FromHours(1), maxLabels: 5));

    [Fact]
    public void CountStep_AnyMax_WholeRoundStepWithAtMostSixGridlines()
    {
        int[] round = [.. new[] { 1, 10, 100, 1000, 10000, 100000 }.SelectMany(m => new[] { 1 * m, 2 * m, 5 * m })];
        for (var max = 0; max <= 600_000; max += max < 2000 ? 1 : 997)
        {
            var step = VolumeBar.CountStep(max);
            Assert.Contains(step, round);
            Assert.True(step * 6 >= max, $"max {max}: step {step} needs more than six gridlines");
            // The smallest such step: a coarser one would waste the plot's height.
            if (round.Where(r => r < step).DefaultIfEmpty().Max() is var finer and > 0)
                Assert.True(finer * 6 < max, $"max {max}: step {finer} would do");
        }
    }

    [Fact]
    public void CountStep_SmallCounts_NeverFractionsOfAnArticle()
    {
        Assert.Equal(1, VolumeBar.CountStep(0));
        Assert.Equal(1, VolumeBar.CountStep(1));
        Assert.Equal(1, VolumeBar.CountStep(6));
        Assert.Equal(2, VolumeBar.CountStep(7));
    }

    public static TheoryData<string, DateTime> Windows()
    {
        var data = new TheoryData<string, DateTime>();
        // On the hour, just after it, and just before midnight: a live window rarely starts on a bucket boundary.
        foreach (var now in new[] { new DateTime(2025, 11, 25, 4, 0, 0), new DateTime(2025, 11, 25, 4, 17, 0), new DateTime(2025, 11, 25, 23, 59, 30) })
            foreach (var preset in TimeRange.Presets)
                data.Add(preset, DateTime.SpecifyKind(now, DateTimeKind.Utc));
        return data;
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void LabelFor_EveryPresetWindow_UniqueLabels(string preset, DateTime now)
    {
        var window = TimeRange.Preset(preset).Resolve(now);

        AssertUniqueLabels(window);
    }

    [Theory]
    [InlineData("2025-11-24T00:00:00Z", "2025-11-25T00:00:00Z")]
    [InlineData("2025-11-24T10:30:00Z", "2025-11-25T11:00:00Z")]
    [InlineData("2025-01-01T00:00:00Z", "2025-10-28T00:00:00Z")]
    [InlineData("2024-12-31T12:00:00Z", "2025-12-31T12:00:00Z")]
    [InlineData("2023-01-01T00:00:00Z", "2025-06-01T00:00:00Z")]
    public void LabelFor_FrozenWindows_UniqueLabels(string from, string to) =>
        AssertUniqueLabels((DateTime.Parse(from).ToUniversalTime(), DateTime.Parse(to).ToUniversalTime()));

    [Fact]
    public void LabelFor_DayBucketsInAMonth_DateOnly()
    {
        var window = (new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal("Nov 3", VolumeBar.LabelFor(new DateTime(2025, 11, 3, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(1), window));
        Assert.Equal("14:00", VolumeBar.LabelFor(new DateTime(2025, 11, 3, 14, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(1),
            (new DateTime(2025, 11, 3, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 4, 0, 0, 0, DateTimeKind.Utc))));
    }

    private static void AssertUniqueLabels((DateTime From, DateTime To) window)
    {
        var size = TimeRange.BucketFor(window.From, window.To);
        var labels = VolumeBar.BucketStarts(window).Select(s => VolumeBar.LabelFor(s, size, window)).ToList();

        Assert.NotEmpty(labels);
        var repeated = labels.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{window.From:u} – {window.To:u}: {string.Join(", ", repeated)} label more than one bucket");
    }
}

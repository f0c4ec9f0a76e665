namespace Dashboard.Alerts;

/// <summary>Articles of one topic from one perspective published within one hour.</summary>
/// <param name="Hour">Start of the hour, UTC, truncated to the hour (minutes, seconds and ticks zero).</param>
public sealed record HourlyCount(string TopicId, string PerspectiveId, DateTime Hour, int Count);

/// <summary>Thresholds of <see cref="SpikeDetector"/>.</summary>
public sealed record SpikeOptions
{
    /// <summary>Least z-score that raises an alert.</summary>
    public double ZThreshold { get; init; } = 3;

    /// <summary>Least article count in the hour that raises an alert, so 0 → 2 articles is never news.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>How many previous days' same hour form the baseline (at least 2, for a sample standard deviation).</summary>
    public int BaselineDays { get; init; } = 7;
}

/// <summary>An hour whose volume stands out from its baseline.</summary>
/// <param name="BaselineMean">μ, mean of the same hour on the previous days.</param>
/// <param name="BaselineSd">s, sample standard deviation of those counts (before the Poisson floor is applied).</param>
/// <param name="Z">(Count − μ) / max(s, sqrt(max(μ, 1))).</param>
public sealed record Spike(string TopicId, string PerspectiveId, DateTime Hour, int Count, double BaselineMean, double BaselineSd, double Z);

/// <summary>
/// Flags hours whose article volume for a (topic, perspective) is far above the same hour on previous days.
/// The same hour of previous days is the baseline because news volume follows a strong daily cycle (time zones,
/// publishing schedules), so comparing 09:00 with 03:00 would flag every morning.
/// <para>
/// z = (x − μ) / max(s, sqrt(max(μ, 1))). The floor exists because article counts are roughly Poisson: a baseline
/// of seven equal values (very often all zero) has s = 0 and would give an infinite z for a single article, and even
/// a varying baseline of seven values underestimates the spread often. A Poisson count with mean μ has standard
/// deviation sqrt(μ), so the divisor never claims less noise than that; max(μ, 1) keeps the floor at 1 when μ &lt; 1,
/// so an all-zero baseline turns z into the raw count.
/// </para>
/// </summary>
public static class SpikeDetector
{
    /// <summary>
    /// Evaluates <paramref name="hour"/> for every (topic, perspective) present in <paramref name="counts"/> (at any hour):
    /// x is its count at <paramref name="hour"/>, the baseline its counts at hour − 24 h, …, hour − BaselineDays·24 h,
    /// a missing hour counting 0; several entries for the same key and hour are added up. Returns the spikes
    /// (z ≥ ZThreshold and x ≥ MinCount) by z descending, then topic and perspective (ordinal).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="hour"/> or an entry's hour is not truncated to the hour, or is local time.</exception>
    public static IReadOnlyList<Spike> Detect(IEnumerable<HourlyCount> counts, DateTime hour, SpikeOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaselineDays < 2)
            throw new ArgumentOutOfRangeException(nameof(options), options.BaselineDays,
                "SpikeOptions.BaselineDays must be at least 2: a sample standard deviation needs two values.");
        RequireHour(hour, nameof(hour), "hour");

        // Keyed by ticks: DateTime equality ignores Kind, but ticks make that explicit and cheap.
        var byKey = new Dictionary<(string Topic, string Perspective), Dictionary<long, long>>();
        foreach (var c in counts)
        {
            if (c is null) throw new ArgumentException("counts must not contain null.", nameof(counts));
            RequireHour(c.Hour, nameof(counts), $"HourlyCount({c.TopicId}, {c.PerspectiveId}).Hour");
            var key = (c.TopicId, c.PerspectiveId);
            if (!byKey.TryGetValue(key, out var hours)) byKey.Add(key, hours = []);
            hours[c.Hour.Ticks] = hours.GetValueOrDefault(c.Hour.Ticks) + c.Count;
        }

        var spikes = new List<Spike>();
        var baseline = new double[options.BaselineDays];
        foreach (var ((topic, perspective), hours) in byKey)
        {
            long x = hours.GetValueOrDefault(hour.Ticks);
            if (x < options.MinCount) continue;
            for (var d = 1; d <= baseline.Length; d++)
                baseline[d - 1] = hours.GetValueOrDefault(hour.Ticks - d * TimeSpan.TicksPerDay);
            var mean = baseline.Average();
            var sd = Math.Sqrt(baseline.Sum(v => (v - mean) * (v - mean)) / (baseline.Length - 1));
            var z = (x - mean) / Math.Max(sd, Math.Sqrt(Math.Max(mean, 1)));
            if (z >= options.ZThreshold)
                spikes.Add(new Spike(topic, perspective, DateTime.SpecifyKind(hour, DateTimeKind.Utc), checked((int)x), mean, sd, z));
        }
        spikes.Sort(static (a, b) =>
            b.Z != a.Z ? b.Z.CompareTo(a.Z)
            : string.CompareOrdinal(a.TopicId, b.TopicId) is var t and not 0 ? t
            : string.CompareOrdinal(a.PerspectiveId, b.PerspectiveId));
        return spikes;
    }

    private static void RequireHour(DateTime value, string paramName, string what)
    {
        if (value.Ticks % TimeSpan.TicksPerHour != 0)
            throw new ArgumentException($"{what} must be truncated to the hour (got {value:O}).", paramName);
        // Unspecified is accepted as UTC (SQLite hands dates back without a kind); Local is a caller bug.
        if (value.Kind == DateTimeKind.Local)
            throw new ArgumentException($"{what} must be UTC, not local time (got {value:O}).", paramName);
    }
}

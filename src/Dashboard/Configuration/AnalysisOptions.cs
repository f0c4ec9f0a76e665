namespace Dashboard.Configuration;

/// <summary>Story clustering (see docs/analysis.md).</summary>
public sealed class StoriesOptions
{
    /// <summary>Articles join a story only if one of its articles is at most this far apart in time.</summary>
    public int WindowHours { get; set; } = 48;
    /// <summary>Similarity needed to join a story; null keeps the clusterer's tuned default.</summary>
    public double? Threshold { get; set; }
    /// <summary>How many stories the overview and /stories list.</summary>
    public int TopStories { get; set; } = 10;
    /// <summary>Compare English headlines by meaning too (a local sentence-embedding model, about 340 MB of memory).</summary>
    public bool Embeddings { get; set; } = true;
    /// <summary>Entities and their names in several languages, so headlines in different languages can share a story.</summary>
    public List<Dashboard.Stories.StoryAlias> Aliases { get; set; } = [];
}

/// <summary>When a story counts as a blindspot of one perspective.</summary>
public sealed class BlindspotsOptions
{
    /// <summary>The covering perspective needs at least this many articles in the story.</summary>
    public int MinArticles { get; set; } = 3;
    /// <summary>The compared perspectives together need at least this many articles in the story before it is judged.</summary>
    public int MinStoryArticles { get; set; } = 4;
    /// <summary>The missing perspective has at most this share (0–1) of the story's coverage.</summary>
    public double MaxShare { get; set; } = 0.2;
    /// <summary>Perspectives compared; empty means the first two configured perspectives.</summary>
    public List<string> Perspectives { get; set; } = [];
}

/// <summary>Spike alerts: hourly volume against the same hour of the previous days.</summary>
public sealed class AlertsOptions
{
    public double ZThreshold { get; set; } = 3;
    /// <summary>An hour needs at least this many articles to alert, whatever its z.</summary>
    public int MinCount { get; set; } = 5;
    public int BaselineDays { get; set; } = 7;
    /// <summary>How often the hourly counts are re-evaluated when no article arrives to trigger it.</summary>
    public int CheckSeconds { get; set; } = 60;
}

/// <summary>The daily digest per topic.</summary>
public sealed class DigestOptions
{
    /// <summary>IANA or Windows time-zone id the digest's day is counted in.</summary>
    public string TimeZone { get; set; } = "UTC";
    /// <summary>
    /// Local time ("HH:mm", "24:00" = midnight at the end of the date) at which the digest's day ends: the digest of
    /// date D covers the 24 hours before D at this time. The seed system closed its day at 04:00 UTC.
    /// </summary>
    public string DayEndsAt { get; set; } = "24:00";
    /// <summary>Wait after the day ends before the digest is written for good, for late-arriving articles.</summary>
    public int CloseDelayMinutes { get; set; } = 10;
    /// <summary>Bullets per highlights section.</summary>
    public int Highlights { get; set; } = 5;
    /// <summary>At start-up, closed days this far back that have no stored digest are written.</summary>
    public int CatchUpDays { get; set; } = 7;
}

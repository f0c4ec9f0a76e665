namespace Dashboard.Configuration;

/// <summary>
/// Everything the operator configures, bound from the top-level sections of appsettings.json
/// (Perspectives, Sources, Topics, Feeds, Ingestion, Storage, Demo) and validated at start-up.
/// </summary>
public sealed class DashboardOptions
{
    public List<PerspectiveOptions> Perspectives { get; set; } = [];
    public List<SourceOptions> Sources { get; set; } = [];
    public List<TopicOptions> Topics { get; set; } = [];
    public List<FeedOptions> Feeds { get; set; } = [];
    public IngestionOptions Ingestion { get; set; } = new();
    public StorageOptions Storage { get; set; } = new();
    public DemoOptions Demo { get; set; } = new();
    public StoriesOptions Stories { get; set; } = new();
    public BlindspotsOptions Blindspots { get; set; } = new();
    public AlertsOptions Alerts { get; set; } = new();
    public DigestOptions Digest { get; set; } = new();
}

/// <summary>A side whose media we compare.</summary>
public sealed class PerspectiveOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>CSS colour, e.g. "#2563eb".</summary>
    public string Color { get; set; } = "";
}

/// <summary>An outlet in the source registry.</summary>
public sealed class SourceOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Other names the outlet appears under in feeds (e.g. "新华网", "Bloomberg.com").</summary>
    public List<string> Aliases { get; set; } = [];
    /// <summary>Registrable domains, lower case, without "www." (subdomains match too).</summary>
    public List<string> Domains { get; set; } = [];
    /// <summary>ISO 3166-1 alpha-2 country code, or "INT" for wire services without one.</summary>
    public string Country { get; set; } = "";
    public string Perspective { get; set; } = "";
}

public sealed class TopicOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>
    /// Whole-word phrases (case-insensitive except all-capitals words such as "US"; CJK phrases match as
    /// substrings), or phrases joined by "&amp;" that must all occur ("Trump &amp; China"); an article whose
    /// title or snippet matches one gets the topic. See docs/sources.md.
    /// </summary>
    public List<string> Keywords { get; set; } = [];
}

/// <summary>How a feed's perspective applies to its articles.</summary>
public enum FeedPerspectiveMode
{
    /// <summary>Source registry first; the feed's perspective only for outlets the registry does not know.</summary>
    Fallback,
    /// <summary>Every article of the feed gets the feed's perspective (as the seed system did).</summary>
    Override,
}

public sealed class FeedOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    /// <summary>Default perspective for its articles; empty means none.</summary>
    public string? Perspective { get; set; }
    public FeedPerspectiveMode PerspectiveMode { get; set; } = FeedPerspectiveMode.Fallback;
    public List<string> Topics { get; set; } = [];
    /// <summary>Poll interval in minutes (fractions allowed); null uses Ingestion:DefaultIntervalMinutes.</summary>
    public double? IntervalMinutes { get; set; }
    public bool Enabled { get; set; } = true;
}

public sealed class IngestionOptions
{
    /// <summary>false disables the background poller (manual refresh still works).</summary>
    public bool Enabled { get; set; } = true;
    public int DefaultIntervalMinutes { get; set; } = 15;
    public int MinIntervalMinutes { get; set; } = 5;
    public int MaxConcurrency { get; set; } = 4;
    public double PerHostSpacingSeconds { get; set; } = 2;
    public double Jitter { get; set; } = 0.2;
    public int TimeoutSeconds { get; set; } = 20;
    public long MaxBodyBytes { get; set; } = 15 * 1024 * 1024;
    public int MaxRedirects { get; set; } = 5;
    public double MaxBackoffHours { get; set; } = 6;
    public int FetchEventsKept { get; set; } = 50;
    /// <summary>Views warn that data may be stale when no feed of their topic succeeded for this long.</summary>
    public int StaleAfterMinutes { get; set; } = 60;
}

public sealed class StorageOptions
{
    /// <summary>SQLite file; relative paths are under the content root.</summary>
    public string DatabasePath { get; set; } = "data/dashboard.db";
    /// <summary>
    /// Days of articles kept in memory for text search (see Search/SearchWindow); 0 turns it off. The default holds the
    /// longest preset range (30 days) with a day to spare; older custom ranges search the database.
    /// </summary>
    public int SearchWindowDays { get; set; } = 31;
}

public sealed class DemoOptions
{
    /// <summary>Database used by --demo (emptied at each demo start).</summary>
    public string DatabasePath { get; set; } = "data/demo.db";
    /// <summary>
    /// How many items each demo feed releases when the demo starts: its newest first (so even the 1 h view starts with
    /// articles), then its oldest. The shipped 4 fill every preset range at once and leave the rest to arrive live.
    /// </summary>
    public int InitialItems { get; set; } = 4;
    /// <summary>How many more items each demo feed releases per step, oldest first.</summary>
    public int ItemsPerStep { get; set; } = 1;
    /// <summary>
    /// Seconds between steps. The shipped 120 with one item per step keeps the replay going for 16 minutes, long enough
    /// for a wall screen to show it live; tests pass a second or two.
    /// </summary>
    public int StepSeconds { get; set; } = 120;
    /// <summary>
    /// false (the default): the seed's dates are moved by one constant so its newest article is dated when the demo
    /// starts (same order and spacing), and the demo shows "the last day". true: the seed keeps its original dates
    /// (24–25 Nov 2025), as needed to reproduce seed 002's digest.
    /// </summary>
    public bool OriginalDates { get; set; }
    /// <summary>
    /// How the demo feeds' perspective applies: Fallback (registry first, like configured feeds) or Override
    /// (every article gets its feed's side, as the seed system did — then the digest reproduces seed 002's counts).
    /// </summary>
    public FeedPerspectiveMode PerspectiveMode { get; set; } = FeedPerspectiveMode.Fallback;
}

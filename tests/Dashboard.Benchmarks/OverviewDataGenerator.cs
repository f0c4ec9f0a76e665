using Dashboard.Configuration;
using Dashboard.Storage;
using Dashboard.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dashboard.Benchmarks;

/// <summary>
/// A deterministic overview database: <see cref="ArticleCount"/> articles over the <see cref="Days"/> days before
/// <see cref="Now"/>, written through ArticleStore (the production write path). Perspectives, outlets (registry
/// source ids taken from appsettings.json, plus outlets the registry does not know), topics and feeds match
/// <see cref="Options"/>; feed ids are appsettings.json's, so the real app started on the file sees the same feeds.
/// Reused when the file already holds the expected number of articles.
/// </summary>
public static class OverviewDataGenerator
{
    public const int ArticleCount = 1_000_000;
    public const int Days = 120;
    public static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    public const string Topic = "us-china";
    /// <summary>DASHBOARD_BENCH_DB overrides it, so a run can use its own copy of the file.</summary>
    public static readonly string DefaultPath = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_DB") ?? "/tmp/dashboard-bench/overview-1m.db";

    private static readonly string[] PerspectiveIds = ["us", "china", "japan", "taiwan", "korea", "other"];

    // (source id, name, perspective, weight): registry outlets (ids as in appsettings.json).
    private static readonly (string Id, string Name, string Perspective, int Weight)[] Registry =
    [
        ("nyt", "The New York Times", "us", 40), ("wsj", "The Wall Street Journal", "us", 30), ("washington-post", "The Washington Post", "us", 25),
        ("bloomberg", "Bloomberg", "us", 35), ("cnn", "CNN", "us", 25), ("fox-news", "Fox News", "us", 15), ("npr", "NPR", "us", 10),
        ("politico", "Politico", "us", 12), ("ap", "Associated Press", "us", 30), ("cnbc", "CNBC", "us", 20), ("voa", "Voice of America", "us", 12),
        ("rfa", "Radio Free Asia", "us", 8), ("cbs-news", "CBS News", "us", 6), ("nbc-news", "NBC News", "us", 6), ("axios", "Axios", "us", 8),
        ("the-hill", "The Hill", "us", 8), ("newsweek", "Newsweek", "us", 10), ("us-state-department", "U.S. Department of State", "us", 2),
        ("xinhua", "Xinhua", "china", 45), ("cgtn", "CGTN", "china", 30), ("china-daily", "China Daily", "china", 40),
        ("global-times", "Global Times", "china", 35), ("peoples-daily", "People's Daily", "china", 15), ("cctv", "CCTV", "china", 10),
        ("china-news-service", "China News Service", "china", 10), ("prc-mfa", "Ministry of Foreign Affairs of the People's Republic of China", "china", 4),
        ("china-org", "China.org.cn", "china", 5), ("caixin", "Caixin Global", "china", 6), ("the-paper", "The Paper", "china", 4),
        ("sixth-tone", "Sixth Tone", "china", 3), ("guancha", "Guancha", "china", 5), ("rthk", "RTHK", "china", 3),
        ("kyodo", "Kyodo News", "japan", 20), ("japan-times", "The Japan Times", "japan", 15), ("nikkei", "Nikkei Asia", "japan", 20),
        ("nhk", "NHK World-Japan", "japan", 10), ("asahi", "The Asahi Shimbun", "japan", 6), ("mainichi", "The Mainichi", "japan", 4),
        ("yomiuri", "The Japan News", "japan", 4), ("japan-today", "Japan Today", "japan", 3),
        ("focus-taiwan", "Focus Taiwan", "taiwan", 15), ("taipei-times", "Taipei Times", "taiwan", 15), ("taiwan-news", "Taiwan News", "taiwan", 8),
        ("liberty-times", "Liberty Times", "taiwan", 4), ("udn", "United Daily News", "taiwan", 3),
        ("chosun", "The Chosun Ilbo", "korea", 8), ("yonhap", "Yonhap News Agency", "korea", 15), ("korea-herald", "The Korea Herald", "korea", 10),
        ("joongang", "Korea JoongAng Daily", "korea", 6), ("korea-times", "The Korea Times", "korea", 6),
        ("scmp", "South China Morning Post", "other", 30), ("straits-times", "The Straits Times", "other", 12), ("bbc", "BBC", "other", 20),
        ("guardian", "The Guardian", "other", 15), ("reuters", "Reuters", "other", 40), ("al-jazeera", "Al Jazeera", "other", 10),
        ("dw", "DW", "other", 8),
    ];

    // Outlets the registry does not know: no source id; unclassified unless their feed gives a perspective.
    private static readonly (string Name, int Weight)[] Unknown =
    [
        ("Asia Times", 10), ("The Diplomat", 12), ("Benzinga", 6), ("Yahoo Finance", 12), ("MSN", 10), ("Forbes", 8),
        ("Business Insider", 6), ("Modern Diplomacy", 3), ("East Asia Forum", 3), ("Eurasia Review", 4),
    ];

    // Feeds (ids as in appsettings.json): (id, perspective or null, weight).
    private static readonly (string Id, string? Perspective, int Weight)[] FeedDefs =
    [
        ("gn-us-china", null, 40), ("gn-us-outlets-china", "us", 20), ("gn-china-outlets-us", "china", 15), ("gn-china-outlets-zh", "china", 5),
        ("gn-us-china-trade", null, 10), ("gn-korea-outlets-china", "korea", 3), ("chinadaily-world", "china", 3),
        ("global-times", "china", 2), ("nyt-asia-pacific", "us", 2),
    ];

    private static readonly string[] Subjects =
        ["Xi", "Trump", "Beijing", "Washington", "Wang Yi", "Rubio", "Bessent", "He Lifeng", "China's commerce ministry", "US lawmakers", "Chinese exporters", "The Pentagon"];
    private static readonly string[] Verbs =
        ["warns", "presses", "signals", "rejects", "welcomes", "weighs", "questions", "defends", "slams", "backs"];
    private static readonly string[] Objects =
        ["new tariffs on Chinese goods", "chip export controls", "rare earth curbs", "soybean purchases", "the trade truce", "a summit in April",
         "sanctions on tech firms", "fentanyl cooperation", "student visas", "the South China Sea patrols", "dollar bond sales", "shipping fees"];
    private static readonly string[] TaiwanObjects =
        ["arms sales to Taiwan", "PLA drills around Taiwan", "Taiwan Strait transits", "Taiwan's president Lai Ching-te"];
    private static readonly string[] Tails =
        ["as talks resume", "ahead of the summit", "amid market jitters", "after weekend call", "in rare rebuke", "as deadline nears", "", "", ""];
    private static readonly string[] SnippetSentences =
    [
        "The move comes as both sides try to stabilise ties after months of escalating measures.",
        "Analysts said the decision could weigh on exporters and on markets across the region.",
        "Officials in Beijing described the talks as candid and constructive, according to state media.",
        "Washington has repeatedly said it seeks competition, not conflict, with the world's second-largest economy.",
        "Shares of chipmakers fell in early trading after the announcement.",
        "The foreign ministry spokesperson urged the United States to stop what it called interference.",
        "Lawmakers from both parties called for a tougher line on supply chains and critical minerals.",
        "Diplomats expect further rounds of negotiations before any agreement is signed.",
    ];

    /// <summary>Options matching the generated data: perspectives, registry sources, topics and feeds.</summary>
    public static DashboardOptions Options { get; } = new()
    {
        Perspectives = PerspectiveIds.Select(id => new PerspectiveOptions { Id = id, Name = id, Color = "#888888" }).ToList(),
        Sources = Registry.Select(s => new SourceOptions { Id = s.Id, Name = s.Name, Perspective = s.Perspective, Country = "INT" }).ToList(),
        Topics =
        [
            new() { Id = "us-china", Name = "US vs China", Keywords = ["US-China"] },
            new() { Id = "us-china-trade", Name = "US–China trade", Keywords = ["China & tariffs"] },
            new() { Id = "taiwan-strait", Name = "Taiwan Strait", Keywords = ["Taiwan Strait"] },
            new() { Id = "japan-china", Name = "Japan–China", Keywords = ["Japan & China"] },
        ],
        Feeds = FeedDefs.Select(f => new FeedOptions
        {
            Id = f.Id, Name = f.Id, Url = $"https://example.invalid/{f.Id}.xml", Perspective = f.Perspective, Topics = [Topic],
        }).ToList(),
    };

    /// <summary>The database at <paramref name="path"/>, generated unless it already holds <see cref="ArticleCount"/> articles.</summary>
    public static DatabasePath Ensure(string? path = null, TextWriter? log = null)
    {
        var db = new DatabasePath(Path.GetFullPath(path ?? DefaultPath));
        if (File.Exists(db.FullPath) && CountArticles(db) == ArticleCount)
        {
            log?.WriteLine($"overview data: reusing {db.FullPath}");
            MigrateExisting(db, log);
            AssignOwnStories(db, log);
            return db;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(db.FullPath + suffix)) File.Delete(db.FullPath + suffix);
        Directory.CreateDirectory(Path.GetDirectoryName(db.FullPath)!);
        var started = System.Diagnostics.Stopwatch.StartNew();
        Generate(db, log);
        AssignOwnStories(db, log);
        log?.WriteLine($"overview data: generated {ArticleCount:N0} articles in {started.Elapsed.TotalSeconds:F0} s at {db.FullPath}");
        return db;
    }

    /// <summary>
    /// Every article without a story becomes a story of its own (StoryId = Id). The synthetic headlines are a few
    /// templates, not news: clustering them would say nothing, and the app's start-up (StoryAssigner places every
    /// unassigned article of the last 2 × 48 h, about 1 ms each) would spend minutes on ~130,000 of them before the
    /// story and blindspot queries measured here could run. So story figures on this file measure the queries'
    /// cost on one-article stories, not clustering quality.
    /// </summary>
    private static void AssignOwnStories(DatabasePath path, TextWriter? log)
    {
        using var db = new DashboardDbContext(DashboardDbOptions.For(path));
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var assigned = db.Database.ExecuteSqlRaw("UPDATE Articles SET StoryId = Id WHERE StoryId IS NULL");
        db.Database.ExecuteSqlRaw("UPDATE ArticleTopics SET StoryId = ArticleId WHERE StoryId IS NULL");
        if (assigned > 0)
        {
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
            log?.WriteLine($"overview data: {assigned:N0} articles made their own story in {started.Elapsed.TotalSeconds:F0} s");
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>A file generated by an older schema gets the app's migrations, whose backfill fills the derived tables.</summary>
    private static void MigrateExisting(DatabasePath path, TextWriter? log)
    {
        using var db = new DashboardDbContext(DashboardDbOptions.For(path));
        var pending = db.Database.GetPendingMigrations().ToList();
        if (pending.Count == 0) return;
        var started = System.Diagnostics.Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        log?.WriteLine($"overview data: applied {string.Join(", ", pending)} in {started.Elapsed.TotalSeconds:F0} s");
        SqliteConnection.ClearAllPools();
    }

    private static long CountArticles(DatabasePath path)
    {
        try
        {
            using var db = new DashboardDbContext(DashboardDbOptions.For(path));
            return db.Articles.LongCount();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            return -1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static void Generate(DatabasePath path, TextWriter? log)
    {
        var options = DashboardDbOptions.For(path);
        var start = Now.AddDays(-Days);
        using (var db = new DashboardDbContext(options))
        {
            db.Database.Migrate();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            foreach (var f in FeedDefs)
                db.Feeds.Add(new FeedState { Id = f.Id, Name = f.Id, Url = $"https://example.invalid/{f.Id}.xml", LastSuccessAt = Now.AddMinutes(-10) });
            // A few outages: korea has one feed, so its outages are perspective-wide; the others overlap partly.
            db.FeedOutages.AddRange(
                new FeedOutage { FeedId = "gn-korea-outlets-china", PerspectiveId = "korea", From = Now.AddHours(-30), To = Now.AddHours(-27), Error = "HTTP 503" },
                new FeedOutage { FeedId = "gn-korea-outlets-china", PerspectiveId = "korea", From = Now.AddDays(-9), To = Now.AddDays(-8.5), Error = "timeout" },
                new FeedOutage { FeedId = "gn-korea-outlets-china", PerspectiveId = "korea", From = Now.AddMinutes(-50), To = null, Error = "HTTP 429" },
                new FeedOutage { FeedId = "chinadaily-world", PerspectiveId = "china", From = Now.AddDays(-3), To = Now.AddDays(-2.9), Error = "HTTP 500" },
                new FeedOutage { FeedId = "global-times", PerspectiveId = "china", From = Now.AddDays(-20), To = Now.AddDays(-19), Error = "TLS handshake" },
                new FeedOutage { FeedId = "nyt-asia-pacific", PerspectiveId = "us", From = Now.AddDays(-12), To = Now.AddDays(-11.8), Error = "HTTP 404" });
            db.SaveChanges();
        }

        var clock = new SettableTime(start);
        var store = new ArticleStore(new PooledDbContextFactory<DashboardDbContext>(options), clock);
        var random = new Random(20261122);
        var outletWeights = Registry.Select(r => r.Weight).Concat(Unknown.Select(u => u.Weight)).ToArray();
        var feedWeights = FeedDefs.Select(f => f.Weight).ToArray();
        var step = (Now - start).Ticks / ArticleCount;
        const int chunk = 20_000;
        for (var first = 0; first < ArticleCount; first += chunk)
        {
            var candidates = new List<(string Feed, ArticleCandidate Article)>(chunk);
            for (var i = first; i < Math.Min(first + chunk, ArticleCount); i++)
            {
                var at = start.AddTicks(i * step + random.NextInt64(step));
                var feed = FeedDefs[Pick(random, feedWeights)];
                candidates.Add((feed.Id, Article(random, i, at, feed.Perspective, outletWeights)));
            }
            clock.Set(candidates[^1].Article.PublishedAt!.Value.AddMinutes(2));
            foreach (var group in candidates.GroupBy(c => c.Feed))
                store.CommitRefreshAsync(group.Key, group.Select(c => c.Article).ToList(), f => f.ConsecutiveErrors = 0,
                    new FetchEvent { FeedId = group.Key, At = clock.GetUtcNow().UtcDateTime, Items = group.Count() }, 50, CancellationToken.None)
                    .GetAwaiter().GetResult();
            if ((first / chunk) % 10 == 9) log?.WriteLine($"overview data: {first + chunk:N0} articles");
        }
        using (var db = new DashboardDbContext(options)) db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        SqliteConnection.ClearAllPools();
    }

    private static ArticleCandidate Article(Random random, int i, DateTime at, string? feedPerspective, int[] outletWeights)
    {
        var o = Pick(random, outletWeights);
        string? sourceId = null, perspective, rule;
        string outlet;
        if (o < Registry.Length)
        {
            (sourceId, outlet, perspective, _) = Registry[o];
            rule = $"source registry: {sourceId}";
        }
        else
        {
            outlet = Unknown[o - Registry.Length].Name;
            // Most unknown outlets come through feeds without a perspective: unclassified.
            (perspective, rule) = feedPerspective is not null && random.Next(4) == 0
                ? (feedPerspective, "feed fallback")
                : ("unclassified", "no rule matched");
        }

        var taiwan = random.Next(100) < 4; // "taiwan" in title or snippet of about 4 %
        var title = $"{Subjects[random.Next(Subjects.Length)]} {Verbs[random.Next(Verbs.Length)]} "
            + (taiwan ? TaiwanObjects[random.Next(TaiwanObjects.Length)] : Objects[random.Next(Objects.Length)])
            + (Tails[random.Next(Tails.Length)] is { Length: > 0 } tail ? " " + tail : "");
        var snippet = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => SnippetSentences[random.Next(SnippetSentences.Length)]));

        var topics = new List<string>(3);
        if (random.Next(100) < 85) topics.Add(Topic);
        if (random.Next(100) < 35) topics.Add("us-china-trade");
        if (taiwan && random.Next(2) == 0) topics.Add("taiwan-strait");
        if (perspective == "japan" && random.Next(3) == 0) topics.Add("japan-china");
        if (topics.Count == 0) topics.Add("us-china-trade");

        return new ArticleCandidate
        {
            DedupeKey = $"bench:{i:D7}",
            Title = title,
            Outlet = outlet,
            OutletDomain = sourceId is null ? null : $"{sourceId}.example",
            SourceId = sourceId,
            PerspectiveId = perspective,
            PerspectiveRule = rule,
            Link = $"https://news.example/{sourceId ?? "unknown"}/2026/{i:D7}-{title.Length}",
            Snippet = snippet,
            Language = "en",
            PublishedAt = at,
            Topics = topics,
        };
    }

    private static int Pick(Random random, int[] weights)
    {
        var r = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
            if ((r -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }

    private sealed class SettableTime(DateTime start) : TimeProvider
    {
        private DateTimeOffset _now = new(start);
        public void Set(DateTime utc) => _now = new DateTimeOffset(utc);
        public override DateTimeOffset GetUtcNow() => _now;
    }
}

using Dashboard.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Storage;

public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<FeedState> Feeds => Set<FeedState>();
    public DbSet<FetchEvent> FetchEvents => Set<FetchEvent>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTopic> ArticleTopics => Set<ArticleTopic>();
    public DbSet<FeedOutage> FeedOutages => Set<FeedOutage>();
    public DbSet<StoredDigest> Digests => Set<StoredDigest>();
    public DbSet<SpikeAlert> SpikeAlerts => Set<SpikeAlert>();
    public DbSet<StoryRedirect> StoryRedirects => Set<StoryRedirect>();
    public DbSet<ArticleVector> ArticleVectors => Set<ArticleVector>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}

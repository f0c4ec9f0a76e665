using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Alerts;

public sealed class AlertQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    public const int MaxAlerts = 500;

    /// <summary>Alerts whose hour overlaps [from, to), newest hour first; any topic when <paramref name="topicId"/> is null.</summary>
    public async Task<IReadOnlyList<AlertSummary>> ListAsync(string? topicId, DateTime from, DateTime to, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var earliest = from.AddHours(-1);
        var query = db.SpikeAlerts.Where(a => a.Hour > earliest && a.Hour < to);
        if (topicId is not null) query = query.Where(a => a.TopicId == topicId);
        var rows = await query.OrderByDescending(a => a.Hour).ThenByDescending(a => a.Z).Take(Math.Clamp(limit, 1, MaxAlerts)).ToListAsync(ct);
        return rows.Select(AlertSummary.From).ToList();
    }

    public async Task<AlertSummary?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.SpikeAlerts.FirstOrDefaultAsync(a => a.Id == id, ct);
        return row is null ? null : AlertSummary.From(row);
    }
}

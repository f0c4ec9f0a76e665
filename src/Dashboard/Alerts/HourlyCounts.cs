using Dashboard.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Alerts;

/// <summary>Articles per perspective of one topic in an hour and the same hour on the previous days.</summary>
public sealed class HourlyCounts(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<IReadOnlyList<HourlyCount>> ForHourAsync(string topicId, DateTime hour, int baselineDays, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One range per day, each an index seek on (TopicId, SortAt): never a scan of the topic's history.
        await using var command = await db.CommandAsync(string.Join("\nUNION ALL\n", Enumerable.Range(0, baselineDays + 1).Select(k =>
            $"SELECT {k}, PerspectiveId, COUNT(*) FROM ArticleTopics WHERE TopicId = $topic AND SortAt >= $from{k} AND SortAt < $from{k} + 3600000 GROUP BY PerspectiveId")), ct);
        command.Parameters.AddWithValue("$topic", topicId);
        for (var k = 0; k <= baselineDays; k++)
            command.Parameters.AddWithValue($"$from{k}", UtcDateTimeConverter.ToUnixMs(hour.AddDays(-k)));
        var counts = new List<HourlyCount>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            counts.Add(new HourlyCount(topicId, reader.GetString(1), hour.AddDays(-reader.GetInt32(0)), reader.GetInt32(2)));
        return counts;
    }
}

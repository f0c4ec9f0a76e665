using Dashboard.Storage.Entities;

namespace Dashboard.Alerts;

/// <summary>A spike alert as pages, the API and live pushes see it.</summary>
public sealed record AlertSummary(long Id, string TopicId, string PerspectiveId, DateTime Hour, int Count,
    double BaselineMean, double BaselineSd, double Z, DateTime RaisedAt)
{
    public DateTime HourEnd => Hour.AddHours(1);

    public static AlertSummary From(SpikeAlert a) => new(a.Id, a.TopicId, a.PerspectiveId,
        DateTime.SpecifyKind(a.Hour, DateTimeKind.Utc), a.Count, a.BaselineMean, a.BaselineSd, a.Z, DateTime.SpecifyKind(a.RaisedAt, DateTimeKind.Utc));
}

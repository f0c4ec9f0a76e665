namespace Dashboard.Storage.Entities;

/// <summary>An hour in which a perspective's volume on a topic rose far above its 7-day same-hour baseline.</summary>
public sealed class SpikeAlert
{
    public long Id { get; set; }
    public required string TopicId { get; set; }
    public required string PerspectiveId { get; set; }
    /// <summary>Start of the hour (UTC).</summary>
    public DateTime Hour { get; set; }
    public int Count { get; set; }
    public double BaselineMean { get; set; }
    public double BaselineSd { get; set; }
    public double Z { get; set; }
    /// <summary>When the alert was first raised; later evaluations of the same hour update Count and Z only.</summary>
    public DateTime RaisedAt { get; set; }
}

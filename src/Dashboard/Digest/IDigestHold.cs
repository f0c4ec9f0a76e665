namespace Dashboard.Digest;

/// <summary>
/// Says whether articles dated in days that are already over are still on their way, as during the demo's replay
/// (it releases seed items dated before its start for minutes after it). Meanwhile a closed day's digest is served as
/// partial and not stored: a stored digest stands for good, and would stand without them. Without one, nothing is held.
/// </summary>
public interface IDigestHold
{
    Task<bool> HoldsAsync(CancellationToken ct);
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Storage;

/// <summary>
/// Stores every DateTime as Unix milliseconds (INTEGER): compact, indexable, range- and bucket-friendly
/// in SQLite, and always read back as UTC.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, long>(
    v => ToUnixMs(v),
    v => DateTime.UnixEpoch.AddMilliseconds(v))
{
    public static long ToUnixMs(DateTime v) =>
        (long)((v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v) - DateTime.UnixEpoch).TotalMilliseconds;
}

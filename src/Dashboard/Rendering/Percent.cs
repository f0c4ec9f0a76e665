using System.Globalization;

namespace Dashboard.Rendering;

/// <summary>A share as the charts and previews print it: whole percent, halves rounded up ("42").</summary>
internal static class Percent
{
    public static string Of(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}

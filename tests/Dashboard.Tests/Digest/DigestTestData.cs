using System.Globalization;
using Dashboard.Digest;

namespace Dashboard.Tests.Digest;

/// <summary>Small hand-made inputs for the digest tests.</summary>
internal static class DigestTestData
{
    public static readonly IReadOnlyList<(string Id, string Name)> UsChina = [("us", "United States"), ("china", "China")];

    public static DateTime Utc(string iso) =>
        DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static DigestArticle Article(long id, string title, string perspective, string sortAt, long? story = null,
        string? outlet = "Outlet", string? link = null, string? language = "en-US") =>
        new(id, title, link ?? $"https://example.com/{id}", outlet, perspective, language, Utc(sortAt), story ?? id);

    public static DigestDocument Build(IReadOnlyList<DigestArticle> articles, IReadOnlyList<(string Id, string Name)>? perspectives = null,
        TimeZoneInfo? zone = null, int highlights = 5, bool partial = false) =>
        DigestBuilder.Build("us-china", "US vs China", new DateOnly(2025, 11, 25), Utc("2025-11-25T04:00:06.034Z"), partial,
            articles, perspectives ?? UsChina, zone ?? TimeZoneInfo.Utc, highlights);
}

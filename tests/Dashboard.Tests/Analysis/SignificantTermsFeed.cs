namespace Dashboard.Tests.Analysis;

/// <summary>
/// A Google News-shaped day with enough articles per side that some words are significantly one side's: China sources
/// (新华网) write of "sovereignty", US sources (The New York Times) of "tariffs" (the term "tariff"); both write "Taiwan", "talks", "Beijing".
/// </summary>
internal static class SignificantTermsFeed
{
    public static (string Id, string Headline, string Outlet, string OutletUrl)[] Items(int perSide = 30)
    {
        string[] places = ["Beijing", "Taipei", "Washington", "Geneva", "Tokyo", "Seoul"];
        return Enumerable.Range(0, perSide).SelectMany(i => new[]
        {
            ($"C{i}", $"Xi stresses sovereignty over Taiwan in talks {i} with envoys in {places[i % places.Length]}", "新华网", "https://www.news.cn"),
            ($"U{i}", $"Tariffs on chips rise as Taiwan talks {i} stall in {places[(i + 3) % places.Length]}", "The New York Times", "https://www.nytimes.com"),
        }).ToArray();
    }
}

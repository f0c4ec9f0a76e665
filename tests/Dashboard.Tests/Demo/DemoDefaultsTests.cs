using Dashboard.Components.Pages;
using Dashboard.Overview;
using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Demo;

/// <summary>
/// A demo view that names no time range: the normal default (24 h) when the demo dates its articles up to its start,
/// the seed day only when it keeps the seed's 2025 dates.
/// </summary>
public sealed class DemoDefaultsTests
{
    private static ViewFilter Apply(string queryString, AppMode mode)
    {
        var options = ValidOptions.Create();
        var query = queryString.Split('&').Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => (string?)Uri.UnescapeDataString(pair[1]), StringComparer.OrdinalIgnoreCase);
        return DemoDefaults.Apply(ViewUrl.Parse(query, options).Filter, query, mode);
    }

    [Fact]
    public void Apply_RelativeDatesWithoutRange_KeepsTheNormalDefault() =>
        Assert.Equal(TimeRange.Preset("24h"), Apply("topic=us-china", new AppMode(IsDemo: true)).Range);

    [Fact]
    public void Apply_OriginalDatesWithoutRange_ShowsTheSeedWindow() =>
        Assert.Equal(DemoDefaults.SeedWindow, Apply("topic=us-china", new AppMode(IsDemo: true, OriginalDates: true)).Range);

    [Theory]
    [InlineData("range=7d")]
    [InlineData("from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")]
    public void Apply_OriginalDatesWithARange_KeepsIt(string range) =>
        Assert.NotEqual(DemoDefaults.SeedWindow, Apply(range, new AppMode(IsDemo: true, OriginalDates: true)).Range);

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void ShowsSeedWindow_Mode_OnlyForADemoWithOriginalDates(bool demo, bool originalDates, bool expected) =>
        Assert.Equal(expected, DemoDefaults.ShowsSeedWindow(new AppMode(demo, originalDates)));
}

using Dashboard.Components.Pages;
using Dashboard.Components;
using Dashboard.Overview;
using Dashboard.Rendering;

namespace Dashboard.Tests.Rendering;

/// <summary>Images and previews read a URL's view as the overview page does, the demo's default window included.</summary>
public sealed class PageViewTests
{
    private static ViewFilter Read(bool demo, params (string Key, string Value)[] query) => Read(new AppMode(demo), query);

    private static ViewFilter Read(AppMode mode, params (string Key, string Value)[] query) =>
        PageView.Read(query.ToDictionary(q => q.Key, q => (string?)q.Value, StringComparer.OrdinalIgnoreCase), ChartSamples.Options, mode);

    [Fact]
    public void Read_NoRange_Last24Hours() => Assert.Equal(TimeRange.Preset("24h"), Read(demo: false).Range);

    [Fact]
    public void Read_DemoWithoutRange_Last24Hours() => Assert.Equal(TimeRange.Preset("24h"), Read(demo: true, ("topic", "taiwan-strait")).Range);

    [Fact]
    public void Read_DemoOnOriginalDatesWithoutRange_TheSeedWindow() =>
        Assert.Equal(DemoDefaults.SeedWindow, Read(new AppMode(true, OriginalDates: true), ("topic", "taiwan-strait")).Range);

    [Fact]
    public void Read_DemoWithRange_ThatRange() => Assert.Equal(TimeRange.Preset("7d"), Read(demo: true, ("range", "7d")).Range);

    [Fact]
    public void Read_BadAndUnknownParameters_FallBackLikeThePage() =>
        Assert.Equal(new ViewFilter { Topic = "us-china" }, Read(demo: false, ("topic", "atlantis"), ("range", "forever"), ("utm_source", "chat")));
}

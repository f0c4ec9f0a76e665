using Dashboard.Components;
using Dashboard.Configuration;

namespace Dashboard.Tests.Components;

public sealed class WallAndKioskTests
{
    private static readonly DashboardOptions Options = new()
    {
        Topics = [new() { Id = "us-china", Name = "US vs China" }, new() { Id = "us-china-trade", Name = "US–China trade" }],
    };

    [Fact]
    public void WallPlaylist_ViewsAndEvery_Parsed()
    {
        var playlist = WallPlaylist.Parse(new Dictionary<string, string?> { ["views"] = "overview:us-china,overview:us-china-trade", ["every"] = "90s" }, Options);
        Assert.Equal(["us-china", "us-china-trade"], playlist.Topics);
        Assert.Equal(TimeSpan.FromSeconds(90), playlist.Every);
        Assert.Empty(playlist.Notices);
    }

    [Fact]
    public void WallPlaylist_BadEntries_SkippedWithNoticesAndDefaults()
    {
        var playlist = WallPlaylist.Parse(new Dictionary<string, string?> { ["views"] = "overview:mars,stories:us-china", ["every"] = "soon" }, Options);
        Assert.Equal(["us-china"], playlist.Topics);
        Assert.Equal(WallPlaylist.DefaultEvery, playlist.Every);
        Assert.Equal(3, playlist.Notices.Count);
        Assert.Contains(playlist.Notices, n => n.Contains("mars"));
    }

    [Theory]
    [InlineData("2m", 120)]
    [InlineData("5", 10)]
    public void WallPlaylist_Every_MinutesAndFloor(string every, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WallPlaylist.Parse(new Dictionary<string, string?> { ["every"] = every }, Options).Every);

    [Fact]
    public void KioskOptions_KeepList_ShowsOnlyKeptControlsDarkByDefault()
    {
        var kiosk = KioskOptions.From(new Dictionary<string, string?> { ["kiosk"] = "1", ["keep"] = "range,bogus" });
        Assert.True(kiosk.Shows("range"));
        Assert.False(kiosk.Shows("search"));
        Assert.Equal("dark", kiosk.EffectiveTheme);
        Assert.True(KioskOptions.Off.Shows("search"));
        Assert.Null(KioskOptions.Off.EffectiveTheme);
    }
}

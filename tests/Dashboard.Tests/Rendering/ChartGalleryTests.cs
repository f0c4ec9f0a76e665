using Dashboard.Rendering;
using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Rendering;

/// <summary>
/// Every chart in both themes, saved under artifacts/charts/ of the repository for a person to look at (the run keeps
/// them); each must be a PNG of the asked size.
/// </summary>
public sealed class ChartGalleryTests
{
    public static TheoryData<ChartKind, string> Charts() => new()
    {
        { ChartKind.Volume, "light" }, { ChartKind.Volume, "dark" },
        { ChartKind.Outlets, "light" }, { ChartKind.Outlets, "dark" },
        { ChartKind.Share, "light" }, { ChartKind.Share, "dark" },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Render_BusyDay_GivesPngOfDefaultSize(ChartKind chart, string theme)
    {
        var png = ChartSamples.Renderer().Render(chart, ChartFormat.Png, ChartSamples.Busy(), ChartLook.Default with { Theme = ChartTheme.Parse(theme)! });

        Save($"{chart.Name()}-{theme}.png", png);
        Assert.Equal((ChartLook.DefaultWidth, ChartLook.DefaultHeight), PngImage.Size(png));
    }

    [Theory]
    [InlineData("1h"), InlineData("6h"), InlineData("7d"), InlineData("30d")]
    public void Render_VolumeOfEachRange_GivesPng(string range)
    {
        var png = ChartSamples.Renderer().Render(ChartKind.Volume, ChartFormat.Png, ChartSamples.Busy(range: range), ChartLook.Default);

        Save($"volume-{range}.png", png);
        Assert.Equal((ChartLook.DefaultWidth, ChartLook.DefaultHeight), PngImage.Size(png));
    }

    [Theory]
    [InlineData(ChartKind.Volume, 600, 315), InlineData(ChartKind.Outlets, 2400, 1260), InlineData(ChartKind.Share, 400, 400)]
    public void Render_OtherSizes_GivesThatSizeScaled(ChartKind chart, int width, int height)
    {
        var png = ChartSamples.Renderer().Render(chart, ChartFormat.Png, ChartSamples.Busy(), new ChartLook(width, height, ChartTheme.Light));

        Save($"{chart.Name()}-{width}x{height}.png", png);
        Assert.Equal((width, height), PngImage.Size(png));
    }

    [Fact]
    public void Render_CjkInTheTitle_GivesPng()
    {
        var view = Overview.OverviewTestData.View("7d", persp: ["china"], outlet: "人民日报", q: "台湾");
        var png = ChartSamples.Renderer().Render(ChartKind.Share, ChartFormat.Png, ChartSamples.Busy(view), ChartLook.Default with { Theme = ChartTheme.Dark });

        Save("share-cjk-title-dark.png", png);
        Assert.Equal((ChartLook.DefaultWidth, ChartLook.DefaultHeight), PngImage.Size(png));
    }

    [Fact]
    public void Render_EmptyView_GivesNoArticlesImage()
    {
        var png = ChartSamples.Renderer().Render(ChartKind.Volume, ChartFormat.Png, ChartSamples.Empty(), ChartLook.Default);

        Save("volume-empty.png", png);
        Assert.Equal((ChartLook.DefaultWidth, ChartLook.DefaultHeight), PngImage.Size(png));
    }

    internal static void Save(string name, byte[] png)
    {
        var dir = Path.Combine(RepositoryRoot.Path, "artifacts", "charts");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name), png);
    }
}

using Dashboard.Overview;
using Dashboard.Rendering;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Tests.Rendering;

/// <summary>
/// CJK outlet names must be drawn as their glyphs, not as the missing-glyph box: each test fails on a machine without a
/// CJK font (Debian's fonts-noto-cjk, which tests/run-tests.sh installs).
/// </summary>
public sealed class ChartFontsTests
{
    private const string Cjk = "新华网";
    // U+0378 is unassigned: every font draws its missing-glyph box for it.
    private const string Missing = "\u0378\u0378\u0378";

    [Fact]
    public void Sans_Fontconfig_IsASansSerifFamily()
    {
        Assert.DoesNotContain("Serif", ChartFonts.Sans, StringComparison.OrdinalIgnoreCase);
        Assert.True(ChartFonts.HasAllGlyphs(ChartFonts.Sans, "Reuters 42 %"), $"'{ChartFonts.Sans}' lacks Latin glyphs");
    }

    [Fact]
    public void For_LatinText_GivesSans()
    {
        Assert.Equal(ChartFonts.Sans, ChartFonts.For(["Reuters", "The New York Times"]));
    }

    [Fact]
    public void For_CjkName_GivesFamilyWithItsGlyphs()
    {
        var family = ChartFonts.For(["Reuters", Cjk, "조선일보"]);

        Assert.True(ChartFonts.HasAllGlyphs(family, "Reuters" + Cjk + "조선일보"), $"'{family}' lacks glyphs of the names: is fonts-noto-cjk installed?");
    }

    [Fact]
    public void For_CjkName_EachGlyphDrawsOtherThanTheMissingGlyphBox()
    {
        var typeface = Fonts.GetTypeface(ChartFonts.For(Cjk), bold: false, italic: false);
        var box = Draw(typeface, Missing[..1]);

        foreach (var glyph in Cjk)
            Assert.False(box.SequenceEqual(Draw(typeface, glyph.ToString())), $"'{glyph}' is drawn as the missing-glyph box of '{typeface.FamilyName}'");
    }

    [Fact]
    public void Render_OutletsWithCjkNames_DiffersFromTheSameChartWithMissingGlyphs()
    {
        var input = ChartSamples.Busy();
        var boxes = input with { Data = input.Data with { Outlets = [.. input.Data.Outlets.Select((o, i) => o with { Outlet = Boxes(o.Outlet, i) })] } };

        var cjk = ChartSamples.Renderer().Render(ChartKind.Outlets, ChartFormat.Png, input, ChartLook.Default);
        var missing = ChartSamples.Renderer().Render(ChartKind.Outlets, ChartFormat.Png, boxes, ChartLook.Default);

        Assert.False(cjk.SequenceEqual(missing), "the CJK names render exactly like missing glyphs");
    }

    [Fact]
    public void Render_SvgWithCjkOutlets_KeepsEachNameAsText()
    {
        var svg = System.Text.Encoding.UTF8.GetString(ChartSamples.Renderer().Render(ChartKind.Outlets, ChartFormat.Svg, ChartSamples.Busy(), ChartLook.Default));

        // Skia's SVG writer leaves out characters the typeface has no glyph for, and writes 人⺠日报 and 新华⽹ for
        // 人民日报 and 新华网 unless SvgText repairs them.
        Assert.All(ChartSamples.Outlets, o => Assert.Contains(o.Outlet, svg));
    }

    /// <summary>
    /// CJK characters replaced by unassigned ones, others kept, so the two charts differ only where the CJK glyphs are;
    /// the first differs per outlet, so names stay distinct (equal names would gain a perspective suffix).
    /// </summary>
    private static string Boxes(string name, int outlet) =>
        string.Concat(name.Select((c, i) => c < 0x2E80 ? c : i == 0 ? Unassigned[outlet % Unassigned.Length] : Missing[0]));

    private const string Unassigned = "\u0378\u0379\u0380\u0381\u0382\u0383\u038B\u038D\u03A2";

    private static byte[] Draw(SKTypeface typeface, string text)
    {
        using var bitmap = new SKBitmap(64, 64);
        using var canvas = new SKCanvas(bitmap);
        using var font = new SKFont(typeface, 48);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        canvas.Clear(SKColors.White);
        canvas.DrawText(text, 4, 52, font, paint);
        return bitmap.Bytes;
    }
}

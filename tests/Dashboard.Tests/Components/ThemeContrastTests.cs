using Dashboard.Components.Theme;
using MudBlazor;
using MudBlazor.Utilities;

namespace Dashboard.Tests.Components;

/// <summary>The app's theme keeps text readable (WCAG AA, 4.5:1 for normal text) in both light and dark.</summary>
public sealed class ThemeContrastTests
{
    private const double Aa = 4.5;

    public static TheoryData<string> Modes => ["light", "dark"];

    private static Palette PaletteOf(string mode) => mode == "dark" ? DashboardTheme.Theme.PaletteDark : DashboardTheme.Theme.PaletteLight;

    [Theory]
    [MemberData(nameof(Modes))]
    public void Palette_TextOnBackgroundAndSurface_AtLeastAa(string mode)
    {
        var p = PaletteOf(mode);

        AssertReadable(mode, "TextPrimary on Background", p.TextPrimary, p.Background);
        AssertReadable(mode, "TextPrimary on Surface", p.TextPrimary, p.Surface);
        AssertReadable(mode, "TextPrimary on BackgroundGray", p.TextPrimary, p.BackgroundGray);
        AssertReadable(mode, "TextSecondary on Background", p.TextSecondary, p.Background);
        AssertReadable(mode, "TextSecondary on Surface", p.TextSecondary, p.Surface);
        AssertReadable(mode, "TextSecondary on BackgroundGray", p.TextSecondary, p.BackgroundGray);
        AssertReadable(mode, "AppbarText on AppbarBackground", p.AppbarText, p.AppbarBackground);
        AssertReadable(mode, "DrawerText on DrawerBackground", p.DrawerText, p.DrawerBackground);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Palette_ContrastTextOnItsColor_AtLeastAa(string mode)
    {
        var p = PaletteOf(mode);

        AssertReadable(mode, "PrimaryContrastText on Primary", p.PrimaryContrastText, p.Primary);
        AssertReadable(mode, "SecondaryContrastText on Secondary", p.SecondaryContrastText, p.Secondary);
        AssertReadable(mode, "InfoContrastText on Info", p.InfoContrastText, p.Info);
        AssertReadable(mode, "SuccessContrastText on Success", p.SuccessContrastText, p.Success);
        AssertReadable(mode, "WarningContrastText on Warning", p.WarningContrastText, p.Warning);
        AssertReadable(mode, "ErrorContrastText on Error", p.ErrorContrastText, p.Error);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Palette_ColorsAsText_AtLeastAaOnSurface(string mode)
    {
        // Outlined and text buttons, links, chips and alerts draw these colours as text on the page.
        var p = PaletteOf(mode);

        foreach (var (name, color) in new[] { ("Primary", p.Primary), ("Secondary", p.Secondary), ("Info", p.Info), ("Success", p.Success), ("Warning", p.Warning), ("Error", p.Error) })
        {
            AssertReadable(mode, $"{name} on Surface", color, p.Surface);
            AssertReadable(mode, $"{name} on Background", color, p.Background);
        }
    }

    private static void AssertReadable(string mode, string what, MudColor text, MudColor background)
    {
        Assert.Equal(255, text.A);
        var ratio = ContrastRatio.Of(Rgb(text), Rgb(background));
        Assert.True(ratio >= Aa, $"{mode}: {what} ({text} on {background}) is {ratio:F2}:1");
    }

    private static (double R, double G, double B) Rgb(MudColor c) => (c.R / 255.0, c.G / 255.0, c.B / 255.0);
}

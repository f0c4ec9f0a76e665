using MudBlazor;

namespace Dashboard.Components.Theme;

/// <summary>
/// The one theme of the app: palette (light and dark), typography and shape. Colours are chosen for text contrast of
/// at least 4.5:1 on their backgrounds (tested); perspective colours come from configuration (PerspectiveColors).
/// </summary>
public static class DashboardTheme
{
    // System fonts only: nothing is fetched from a font service, and CJK headlines use the platform's Noto CJK.
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4ed8",
            PrimaryContrastText = "#ffffff",
            Secondary = "#6d28d9",
            Info = "#1d4ed8",
            Success = "#15803d",
            Warning = "#b45309",
            Error = "#b91c1c",
            Background = "#f6f8fb",
            BackgroundGray = "#eef2f7",
            Surface = "#ffffff",
            AppbarBackground = "#0f172a",
            AppbarText = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#0f172a",
            TextPrimary = "#0f172a",
            TextSecondary = "#475569",
            ActionDefault = "#475569",
            LinesDefault = "#e2e8f0",
            TableLines = "#e2e8f0",
            Divider = "#e2e8f0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#93c5fd",
            PrimaryContrastText = "#0b1220",
            Secondary = "#c4b5fd",
            SecondaryContrastText = "#0b1220",
            Info = "#93c5fd",
            InfoContrastText = "#0b1220",
            Success = "#4ade80",
            SuccessContrastText = "#0b1220",
            Warning = "#fbbf24",
            WarningContrastText = "#0b1220",
            Error = "#fca5a5",
            ErrorContrastText = "#0b1220",
            Background = "#0b1220",
            BackgroundGray = "#0f1729",
            Surface = "#111a2e",
            AppbarBackground = "#0b1220",
            AppbarText = "#e2e8f0",
            DrawerBackground = "#111a2e",
            DrawerText = "#e2e8f0",
            TextPrimary = "#e2e8f0",
            TextSecondary = "#a9b6ca",
            ActionDefault = "#cbd5e1",
            LinesDefault = "#24314a",
            TableLines = "#24314a",
            Divider = "#24314a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "1.75rem", FontWeight = "700", LineHeight = "1.25" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.4rem", FontWeight = "700", LineHeight = "1.3" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.2rem", FontWeight = "600", LineHeight = "1.35" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.35" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.75rem", FontWeight = "700", LineHeight = "1.2" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "0.95rem", FontWeight = "600", LineHeight = "1.4", LetterSpacing = ".02em" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "600" },
            Overline = new OverlineTypography { FontFamily = Fonts, FontWeight = "600", LetterSpacing = ".06em" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px", AppbarHeight = "56px" },
    };
}

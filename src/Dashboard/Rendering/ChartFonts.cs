using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Rendering;

/// <summary>
/// Fonts through fontconfig (SkiaSharp.NativeAssets.Linux). ScottPlot draws each label with one typeface and no
/// per-glyph fallback, so a label with Chinese, Japanese or Korean outlet names needs a typeface that has those
/// glyphs (Debian's fonts-noto-cjk): <see cref="For"/> picks it with ScottPlot's font detection.
/// </summary>
public static class ChartFonts
{
    /// <summary>fontconfig's family for the generic "sans-serif" (DejaVu Sans on Debian), not Skia's first match, which may be a serif face.</summary>
    public static string Sans { get; } = SKFontManager.Default.MatchFamily("sans-serif")?.FamilyName is { Length: > 0 } family ? family : Fonts.Sans;

    // Detection asks fontconfig about every character and opens each candidate font (~10 ms for a dozen outlet names);
    // installed fonts do not change while the app runs, so answers are kept, up to a bound.
    private const int MaxRemembered = 4096;
    private static readonly ConcurrentDictionary<string, string> Detected = new(StringComparer.Ordinal);

    /// <summary>The sans font when it has every character of the texts, else the installed font that lacks the fewest (one for all: they share a style).</summary>
    public static string For(IEnumerable<string> texts)
    {
        // Each character once: what detection weighs is which characters a font has, not how often they occur.
        var characters = string.Concat(string.Concat(texts).EnumerateRunes().Distinct());
        if (HasAllGlyphs(Sans, characters)) return Sans;
        if (Detected.Count >= MaxRemembered) Detected.Clear();
        return Detected.GetOrAdd(characters, c => Fonts.Detect(c) is { Length: > 0 } detected ? detected : Sans);
    }

    public static string For(string text) => For([text]);

    /// <summary>
    /// Sets the label's font for the texts it shows, shifted so its glyphs sit where the sans font's would. ScottPlot puts
    /// the baseline a fraction of the line spacing below the label's top (half of it for a label centred on a point, all
    /// of it for one hanging from its top) less the font's bottom extent; CJK fonts have a far deeper bottom (Noto Sans CJK:
    /// 1.05 em, DejaVu Sans: 0.46 em), which lifts their labels clear of the bar they name or against the image's edge.
    /// </summary>
    public static void Apply(LabelStyle style, IEnumerable<string> texts, bool centred = true)
    {
        style.FontName = For(texts);
        var spacing = centred ? 0.5f : 1f;
        style.OffsetY = Baseline(Sans, style, spacing) - Baseline(style.FontName, style, spacing);
    }

    private static float Baseline(string family, LabelStyle style, float spacing)
    {
        using var font = new SKFont(Fonts.GetTypeface(family, style.Bold, style.Italic), style.FontSize);
        return font.Spacing * spacing - font.Metrics.Bottom;
    }

    /// <summary>Whether <paramref name="family"/> resolves to a typeface with a glyph for each character of <paramref name="text"/>.</summary>
    public static bool HasAllGlyphs(string family, string text)
    {
        var typeface = Fonts.GetTypeface(family, bold: false, italic: false);
        var codePoints = Fonts.GetStandaloneCodePoints(text).Where(c => !char.IsWhiteSpace(char.ConvertFromUtf32(c), 0)).ToArray();
        return string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase) && typeface.ContainsGlyphs(codePoints);
    }
}

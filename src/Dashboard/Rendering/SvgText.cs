using System.Collections.Concurrent;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Rendering;

/// <summary>
/// Skia's SVG writer recovers each label's text from its glyph ids, and CJK fonts share one glyph between an ideograph
/// and its radical or compatibility form (Noto Sans CJK draws 民 U+6C11 and ⺠ U+2EA0 alike), so "人民日报" may come back
/// as "人⺠日报": it looks right but does not match a search or a copy. Which forms collide depends on the font, so the
/// repair asks the font: every such form whose glyph is also the glyph of a character of the drawn texts is mapped back
/// to that character.
/// </summary>
internal static class SvgText
{
    // CJK Radicals Supplement, Kangxi Radicals, CJK Compatibility Ideographs and their supplement.
    private static readonly (int First, int Last)[] AliasBlocks = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)];

    // Per typeface (by family and weight): glyph id → the alias form drawn with it.
    private static readonly ConcurrentDictionary<(string, bool), Dictionary<ushort, int>> Aliases = new();

    /// <param name="texts">Every text drawn in the chart (title, names, labels), with the fonts ChartFonts gives them.</param>
    public static string Repair(string svg, IReadOnlyCollection<string> texts)
    {
        var runes = texts.SelectMany(t => t.EnumerateRunes()).Where(r => r.Value >= 0x2E80 && !IsAlias(r.Value)).Distinct().ToList();
        if (runes.Count == 0) return svg;
        var repairs = new Dictionary<int, int>();
        foreach (var family in texts.Select(ChartFonts.For).Append(ChartFonts.For(texts)).Distinct())
            foreach (var bold in new[] { false, true })
            {
                var typeface = Fonts.GetTypeface(family, bold, italic: false);
                var aliases = Aliases.GetOrAdd((family, bold), _ => AliasGlyphs(typeface));
                foreach (var rune in runes)
                    if (aliases.TryGetValue(typeface.GetGlyph(rune.Value), out var alias)) repairs.TryAdd(alias, rune.Value);
            }
        if (repairs.Count == 0) return svg;
        var text = new StringBuilder(svg.Length);
        foreach (var rune in svg.EnumerateRunes())
            text.Append(repairs.TryGetValue(rune.Value, out var original) ? char.ConvertFromUtf32(original) : rune.ToString());
        return text.ToString();
    }

    private static Dictionary<ushort, int> AliasGlyphs(SKTypeface typeface)
    {
        var glyphs = new Dictionary<ushort, int>();
        foreach (var (first, last) in AliasBlocks)
            for (var c = first; c <= last; c++)
                if (typeface.GetGlyph(c) is var glyph and > 0) glyphs.TryAdd(glyph, c);
        return glyphs;
    }

    private static bool IsAlias(int c) => AliasBlocks.Any(b => c >= b.First && c <= b.Last);
}

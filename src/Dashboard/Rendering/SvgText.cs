using System.Text;

namespace Dashboard.Rendering;

/// <summary>
/// Skia's SVG writer recovers each label's text from its glyph ids, and CJK fonts share one glyph between an ideograph
/// and its Kangxi radical or compatibility form (Noto Sans CJK draws 网 U+7F51 and ⽹ U+2F79 alike), so "新华网" may come
/// back as "新华⽹": the text looks right but does not match a search. Those forms are mapped back to the unified
/// ideographs they stand for; outlet names and headlines use the unified ones.
/// </summary>
internal static class SvgText
{
    public static string Repair(string svg)
    {
        if (!svg.EnumerateRunes().Any(IsAlias)) return svg;
        var text = new StringBuilder(svg.Length);
        foreach (var rune in svg.EnumerateRunes())
            text.Append(IsAlias(rune) ? rune.ToString().Normalize(NormalizationForm.FormKC) : rune.ToString());
        return text.ToString();
    }

    // Kangxi Radicals, CJK Compatibility Ideographs and their supplement: each has a (compatibility) decomposition to one unified ideograph.
    private static bool IsAlias(Rune r) => r.Value is >= 0x2F00 and <= 0x2FD5 or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;
}

using System.Globalization;
using System.Text;

namespace Dashboard.Feeds.Normalizing;

/// <summary>
/// The headline form used in "title:" dedupe keys: lower case, punctuation and symbols removed,
/// whitespace collapsed. "Xi’s call — live" and "Xi's call: LIVE" give the same key.
/// </summary>
public static class TitleKey
{
    public static string Normalize(string title)
    {
        var sb = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var rune in title.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (!Rune.IsLetterOrDigit(rune) && category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                continue;
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return sb.ToString();
    }
}

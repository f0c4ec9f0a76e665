namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Splits RSS's free-form person strings: "me@example.com (Name)", "Name (me@example.com)",
/// "Name &lt;me@example.com&gt;", a bare address or a bare name.
/// </summary>
internal static class PersonText
{
    public static (string? Name, string? Email) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, null);
        var s = text.AsSpan().Trim();
        var at = s.IndexOf('@');
        if (at < 0)
            return (s.ToString(), null);

        // The e-mail address is the whitespace/bracket-delimited token around the '@'.
        var start = at;
        while (start > 0 && !IsDelimiter(s[start - 1]))
            start--;
        var end = at;
        while (end < s.Length && !IsDelimiter(s[end]))
            end++;
        var email = s[start..end];
        if (email.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            email = email[7..];

        var name = string.Concat(s[..start], " ", s[end..]).AsSpan().Trim().Trim("()<>[]\"' ").Trim();
        return (name.IsEmpty ? null : Text.Whitespace.Collapse(name.ToString()), email.IsEmpty ? null : email.ToString());
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>' or '[' or ']' or '"' or '\'' or ',' or ';';
}

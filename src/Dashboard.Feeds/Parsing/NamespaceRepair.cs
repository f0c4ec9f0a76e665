namespace Dashboard.Feeds.Parsing;

/// <summary>
/// Declares namespace prefixes a document uses but never declares (&lt;itunes:author&gt; without
/// xmlns:itunes — a classic of hand-made podcast and news feeds), which XML readers reject. Well-known
/// prefixes get their real URI so the adapters recognise the elements; others get a placeholder.
/// Only run after a failed read, so its cost never touches well-formed feeds.
/// </summary>
internal static class NamespaceRepair
{
    private static readonly Dictionary<string, string> WellKnown = new(StringComparer.Ordinal)
    {
        ["dc"] = Namespaces.DublinCore,
        ["dcterms"] = Namespaces.DcTerms,
        ["content"] = Namespaces.Content,
        ["media"] = Namespaces.Media,
        ["itunes"] = Namespaces.ITunesLower,
        ["atom"] = Namespaces.Atom10,
        ["rdf"] = Namespaces.Rdf,
        ["xhtml"] = Namespaces.Xhtml,
    };

    public static string Repair(string xml)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        var rootNameEnd = -1;
        for (var i = xml.IndexOf('<'); i >= 0 && i < xml.Length; i = xml.IndexOf('<', i))
        {
            var rest = xml.AsSpan(i);
            if (rest.StartsWith("<![CDATA["))
                i = Skip(xml, i, "]]>");
            else if (rest.StartsWith("<!--"))
                i = Skip(xml, i, "-->");
            else if (rest.StartsWith("<!") || rest.StartsWith("<?"))
                i = Skip(xml, i, ">");
            else
                i = ScanTag(xml, i, used, declared, ref rootNameEnd);
        }
        used.ExceptWith(declared);
        if (used.Count == 0 || rootNameEnd < 0)
            return xml;
        var declarations = string.Concat(used.Order(StringComparer.Ordinal)
            .Select(p => $" xmlns:{p}=\"{(WellKnown.TryGetValue(p, out var uri) ? uri : "urn:x-undeclared:" + p)}\""));
        return xml.Insert(rootNameEnd, declarations);
    }

    private static int Skip(string xml, int from, string terminator)
    {
        var at = xml.IndexOf(terminator, from + 1, StringComparison.Ordinal);
        return at < 0 ? xml.Length : at + terminator.Length;
    }

    /// <summary>Records the prefixes of the tag at <paramref name="i"/> and returns the index after it.</summary>
    private static int ScanTag(string xml, int i, HashSet<string> used, HashSet<string> declared, ref int rootNameEnd)
    {
        var j = i + 1;
        if (j < xml.Length && xml[j] == '/')
            j++;
        var name = ReadName(xml, ref j);
        if (name.Length == 0)
            return i + 1;
        if (rootNameEnd < 0 && xml[i + 1] != '/')
            rootNameEnd = j;
        AddPrefix(name, used);
        while (j < xml.Length && xml[j] != '>')
        {
            if (char.IsWhiteSpace(xml[j]) || xml[j] == '/')
            {
                j++;
                continue;
            }
            var attribute = ReadName(xml, ref j);
            if (attribute.Length == 0)
            {
                j++;
                continue;
            }
            if (attribute.StartsWith("xmlns:", StringComparison.Ordinal))
                declared.Add(attribute[6..]);
            else
                AddPrefix(attribute, used);
            while (j < xml.Length && char.IsWhiteSpace(xml[j]))
                j++;
            if (j < xml.Length && xml[j] == '=')
            {
                j++;
                while (j < xml.Length && char.IsWhiteSpace(xml[j]))
                    j++;
                if (j < xml.Length && xml[j] is '"' or '\'')
                {
                    var close = xml.IndexOf(xml[j], j + 1);
                    j = close < 0 ? xml.Length : close + 1;
                }
            }
        }
        return j;
    }

    private static string ReadName(string xml, ref int j)
    {
        var start = j;
        while (j < xml.Length && !char.IsWhiteSpace(xml[j]) && xml[j] is not ('>' or '/' or '=' or '<' or '"' or '\''))
            j++;
        return xml[start..j];
    }

    private static void AddPrefix(string name, HashSet<string> used)
    {
        var colon = name.IndexOf(':');
        if (colon > 0)
            used.Add(name[..colon]);
    }
}

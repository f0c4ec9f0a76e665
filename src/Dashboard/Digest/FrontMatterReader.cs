using System.Text.RegularExpressions;

namespace Dashboard.Digest;

/// <summary>
/// Reads the YAML front matter and "## " headings of a digest file. Deliberately a small subset of YAML — exactly
/// what <see cref="DigestMarkdown"/> writes and Hugo-style digests use: top-level <c>key: value</c> scalars, flow
/// sequences of scalars, and block sequences of scalars or one-level mappings. Anything else is rejected with a
/// <see cref="FormatException"/> naming the line, rather than guessed at, because a digest read back wrongly is worse
/// than one refused.
/// </summary>
public static partial class FrontMatterReader
{
    private const string Fence = "---";

    public static FrontMatterDocument Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = (markdown.StartsWith('\uFEFF') ? markdown[1..] : markdown).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        if (lines[0] != Fence) throw Error(1, "expected '---' to open the front matter");
        var close = Array.IndexOf(lines, Fence, 1);
        if (close < 0) throw Error(lines.Length, "front matter is not closed by '---'");

        var frontMatter = ReadMapping(lines, close);
        var body = string.Join('\n', lines[(close + 1)..]);
        var sections = lines[(close + 1)..].Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        return new FrontMatterDocument(frontMatter, sections, body);
    }

    private static Dictionary<string, object?> ReadMapping(string[] lines, int close)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 1; i < close; i++)
        {
            if (IsBlankOrComment(lines[i])) continue;
            var (key, value) = KeyValue(lines[i], i + 1);
            if (result.ContainsKey(key)) throw Error(i + 1, $"duplicate key '{key}'");
            result[key] = value.Length > 0 ? FrontMatterScalars.Value(value, i + 1) : ReadBlockSequence(lines, close, ref i);
        }
        return result;
    }

    /// <summary>The "  - " items after a bare "key:"; null when none follow (YAML's empty value).</summary>
    private static List<object?>? ReadBlockSequence(string[] lines, int close, ref int i)
    {
        List<object?>? items = null;
        Dictionary<string, object?>? current = null;
        while (i + 1 < close && (lines[i + 1].StartsWith(' ') || IsBlankOrComment(lines[i + 1])))
        {
            var line = lines[++i];
            var number = i + 1;
            if (IsBlankOrComment(line)) continue;
            if (line.StartsWith("  - ", StringComparison.Ordinal))
            {
                items ??= [];
                var item = line[4..];
                current = null;
                if (KeyPattern().IsMatch(item))
                {
                    current = new Dictionary<string, object?>(StringComparer.Ordinal);
                    Add(current, item, number);
                    items.Add(current);
                }
                else items.Add(FrontMatterScalars.Value(item, number));
            }
            else if (current is not null && line.StartsWith("    ", StringComparison.Ordinal) && line[4] != ' ')
                Add(current, line[4..], number);
            else throw Error(number, "unexpected indentation (expected '  - ' or a '    key: value' of the item above)");
        }
        return items;
    }

    private static void Add(Dictionary<string, object?> mapping, string line, int number)
    {
        var (key, value) = KeyValue(line, number);
        if (value.Length == 0) throw Error(number, $"'{key}' has no value (nested blocks are not supported)");
        if (!mapping.TryAdd(key, FrontMatterScalars.Value(value, number))) throw Error(number, $"duplicate key '{key}'");
    }

    private static (string Key, string Value) KeyValue(string line, int number)
    {
        var match = KeyPattern().Match(line);
        if (!match.Success) throw Error(number, "expected 'key: value'");
        return (match.Groups["key"].Value, match.Groups["value"].Value.Trim());
    }

    private static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    internal static FormatException Error(int line, string message) => new($"digest: line {line}: {message}");

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(?<value>.*))?$")]
    private static partial Regex KeyPattern();
}

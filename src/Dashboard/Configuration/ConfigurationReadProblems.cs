using System.Text.RegularExpressions;

namespace Dashboard.Configuration;

/// <summary>
/// Finds list entries whose values cannot be converted (PerspectiveMode "Sometimes", IntervalMinutes
/// "ten"). The configuration binder silently drops such an entry from its list — a feed would just
/// vanish — so each entry is bound on its own here to surface the error with its key.
/// </summary>
internal static partial class ConfigurationReadProblems
{
    private static readonly (string Section, Type Entry)[] Lists =
    [
        ("Perspectives", typeof(PerspectiveOptions)),
        ("Sources", typeof(SourceOptions)),
        ("Topics", typeof(TopicOptions)),
        ("Feeds", typeof(FeedOptions)),
    ];

    public static IReadOnlyList<string> Find(IConfiguration configuration)
    {
        var problems = new ConfigurationProblems();
        foreach (var (section, entryType) in Lists)
        {
            foreach (var entry in configuration.GetSection(section).GetChildren())
            {
                try
                {
                    entry.Get(entryType);
                }
                catch (InvalidOperationException e)
                {
                    Describe(configuration, entry.Path, e, problems);
                }
            }
        }
        return problems.Lines;
    }

    /// <summary>
    /// The binder says "Failed to convert configuration value at 'Feeds:0:PerspectiveMode' to type
    /// '…FeedPerspectiveMode'." without the value; this names the key, the value and the type.
    /// </summary>
    private static void Describe(IConfiguration configuration, string entryPath, InvalidOperationException e, ConfigurationProblems problems)
    {
        var match = BinderMessage().Match(e.Message);
        if (!match.Success)
        {
            problems.Add(entryPath, e.Message);
            return;
        }
        var key = match.Groups["key"].Value;
        var typeName = match.Groups["type"].Value;
        var type = Type.GetType(typeName) ?? typeof(ConfigurationReadProblems).Assembly.GetType(typeName);
        problems.Add(key, $"cannot read '{configuration[key]}' as {Expected(type, typeName)}");
    }

    private static string Expected(Type? type, string typeName)
    {
        var target = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            null => typeName,
            { IsEnum: true } => $"{target.Name} (use {string.Join(" or ", Enum.GetNames(target))})",
            _ when target == typeof(int) || target == typeof(long) => "a whole number",
            _ when target == typeof(double) => "a number",
            _ when target == typeof(bool) => "true or false",
            _ => target.Name,
        };
    }

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderMessage();
}

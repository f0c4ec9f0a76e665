using Microsoft.Extensions.Options;

namespace Dashboard.Configuration;

/// <summary>Turns configuration failures into the text the app prints before exiting.</summary>
public static class ConfigurationErrorFormatter
{
    /// <summary>
    /// "1 problem: Feeds:3:Url: …" or "N problems:" followed by one indented line per problem,
    /// so that "config: " + the result reads well on stderr.
    /// </summary>
    public static string Describe(OptionsValidationException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var lines = e.Failures
            .SelectMany(failure => failure.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
        return lines.Count switch
        {
            0 => e.Message,
            1 => lines[0],
            _ => $"{lines.Count} problems:\n  " + string.Join("\n  ", lines),
        };
    }

    /// <summary>
    /// Describes an exception thrown while starting up if it is a configuration error: a validation
    /// failure, or the binder's failure to convert a value (e.g. PerspectiveMode "Sometimes"), which
    /// names the key itself. Returns null for anything else, which should propagate as usual.
    /// </summary>
    public static string? TryDescribe(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is OptionsValidationException validation)
                return Describe(validation);
            if (current is InvalidOperationException && current.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
                return current.Message;
        }
        return null;
    }
}

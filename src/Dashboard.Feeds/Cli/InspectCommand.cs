using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Cli;

/// <summary>
/// <c>inspect &lt;file-or-url&gt;</c>: parses one feed and prints what the parser saw as JSON, to check a
/// feed before adding it. Exit 0 with JSON on stdout; exit 2 with exactly one "inspect: …" line on
/// stderr when the input cannot be read or is not a feed.
/// </summary>
public static class InspectCommand
{
    public const int ExitOk = 0;
    public const int ExitFailure = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
            return Fail(stderr, "usage: inspect <file-or-url>");
        var target = args[0].Trim();
        try
        {
            var (data, documentUrl) = await InspectSource.ReadAsync(target, ct);
            var feed = FeedParser.Parse(data, documentUrl);
            await stdout.WriteLineAsync(InspectJson.Serialize(feed).AsMemory(), ct);
            if (feed.Warning is not null)
                await stderr.WriteLineAsync($"inspect: warning: {OneLine(feed.Warning)}");
            return ExitOk;
        }
        catch (InspectSourceException ex)
        {
            return Fail(stderr, ex.Message);
        }
        catch (FeedParseException ex)
        {
            return Fail(stderr, ex.Message);
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"inspect: {OneLine(message)}");
        return ExitFailure;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}

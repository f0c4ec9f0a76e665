namespace Dashboard.Feeds.Parsing;

/// <summary>The one error type the parser throws: the input is not a feed it can read.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException(string message, int? line = null, int? column = null, Exception? inner = null)
        : base(line is null ? message : $"{message} (line {line}:{column})", inner)
    {
        Line = line;
        Column = column;
    }

    public int? Line { get; }
    public int? Column { get; }
}

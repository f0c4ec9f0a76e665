namespace Dashboard.Feeds.Cli;

/// <summary>The input of <c>inspect</c> could not be read; the message starts with its stage ("read: ", "fetch: ").</summary>
public sealed class InspectSourceException(string message, Exception? inner = null) : Exception(message, inner);

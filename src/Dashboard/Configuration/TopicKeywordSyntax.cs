namespace Dashboard.Configuration;

/// <summary>
/// The syntax of a topic keyword, part of the configuration format: a phrase ("trade war"), or
/// phrases joined by "&amp;" that must all occur ("Xi &amp; Trump") — a single "China" would tag every
/// China story, the conjunction keeps a topic specific.
/// </summary>
public static class TopicKeywordSyntax
{
    public const char Conjunction = '&';

    /// <summary>The phrases of a keyword, trimmed; an empty phrase means the keyword is malformed.</summary>
    public static string[] Phrases(string keyword) =>
        keyword.Split(Conjunction).Select(part => part.Trim()).ToArray();
}

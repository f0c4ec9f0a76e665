namespace Dashboard.Components;

/// <summary>"1 article", "2 articles": counts in the UI agree with their nouns.</summary>
public static class Plural
{
    public static string Of(int count, string noun, string? plural = null) => count == 1 ? noun : plural ?? noun + "s";

    public static string Count(int count, string noun, string? plural = null) => $"{count} {Of(count, noun, plural)}";
}

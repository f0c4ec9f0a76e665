namespace Dashboard.Stories;

/// <summary>
/// One entity under the names outlets write it in (e.g. Xi Jinping, 习近平, 시진핑): a headline naming it in any of
/// them carries the same term, so a Korean or Chinese headline can join the English story about the same people.
/// </summary>
public sealed class StoryAlias
{
    public string Entity { get; set; } = "";
    public List<string> Names { get; set; } = [];
}

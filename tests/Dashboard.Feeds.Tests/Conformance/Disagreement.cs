namespace Dashboard.Feeds.Tests.Conformance;

/// <summary>
/// One field on which our parser and CodeHollow.FeedReader differ for one fixture. <see cref="Key"/>
/// (file, tab, field such as <c>entries[3].link</c>) is what the reviewed list records, so it must not
/// depend on the values.
/// </summary>
public sealed record Disagreement(string File, string Field, string Ours, string Theirs)
{
    public string Key => $"{File}\t{Field}";

    public override string ToString() => $"{File} {Field}: ours {Ours}, CodeHollow {Theirs}";
}

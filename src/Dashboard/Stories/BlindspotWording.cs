using System.Globalization;

namespace Dashboard.Stories;

/// <summary>
/// The sentences of <see cref="BlindspotRule.Judge"/>'s verdicts, with the perspectives' display names: one place for
/// the wording, so the story page, the API and the tests read the same words. Times in UTC, as the story page shows them.
/// </summary>
internal sealed class BlindspotWording(IReadOnlyDictionary<string, string> names)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string TooFewArticles(int total, int needed, IReadOnlyList<(string Id, int Count)> compared) =>
        $"Not a blindspot: only {Articles(total)} from {List(compared.Select(p => Name(p.Id)))}, too few to judge (needs {needed})";

    public string NoSideHasEnough(int needed, IReadOnlyList<(string Id, int Count)> compared) =>
        $"Not a blindspot: no side has the {needed} articles needed to judge ({Counts(compared)})";

    public string BothCovered(IReadOnlyList<(string Id, int Count)> compared) =>
        compared.Count == 2
            ? $"Not a blindspot: both sides covered it ({Counts(compared)})"
            : $"Not a blindspot: no compared side was left out ({Counts(compared)})";

    public string Blindspot(Blindspot b, int total) =>
        $"Blindspot: covered by {Name(b.CoveredBy)} ({Articles(b.CoveredCount)}), {Name(b.MissingFrom)} {b.MissingCount} of {total} " +
        $"({Percent(Math.Round(b.MissingShare * 100, MidpointRounding.AwayFromZero))}) although {Possessive(b.MissingFrom)} feeds were working during the story";

    public string MissingSideDown(string missing, StoryOutageCover cover, bool instant) =>
        // Floored, so "100 %" only when the outage covers the whole story.
        $"Not a blindspot: {Possessive(missing)} feeds were down {List(cover.Spans.Select(Period))}, " +
        (instant ? "at the story's time" : $"{Percent(Math.Floor(cover.Fraction * 100))} of the story's time") + "; an outage is not silence";

    public string MissingSideNotPolled(string missing) => $"Not a blindspot: no {Name(missing)} feed is polled";

    public string MissingSideNotRead(string missing) =>
        $"Not a blindspot: no {Name(missing)} feed has been read yet; a side not looked at is not silent";

    private string Name(string id) => names.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id;

    /// <summary>"China's", "United States'".</summary>
    private string Possessive(string id) => Name(id) is var name && name.EndsWith('s') ? name + "'" : name + "'s";

    private string Counts(IEnumerable<(string Id, int Count)> compared) => string.Join(", ", compared.Select(p => $"{Name(p.Id)} {p.Count}"));

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count} articles";

    private static string Percent(double value) => value.ToString("0", Invariant) + " %";

    private static string Period((DateTime From, DateTime To) p) =>
        p.From.Date == p.To.Date
            ? $"{p.From.ToString("yyyy-MM-dd HH:mm", Invariant)}–{p.To.ToString("HH:mm", Invariant)} UTC"
            : $"{p.From.ToString("yyyy-MM-dd HH:mm", Invariant)} – {p.To.ToString("yyyy-MM-dd HH:mm", Invariant)} UTC";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }
}

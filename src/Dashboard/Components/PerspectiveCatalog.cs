using Dashboard.Classifying;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Components;

/// <summary>
/// Names and colours of perspectives for the UI, with "unclassified" always present and last. Their order is the
/// configuration's, the one order of every KPI strip, chart series and legend.
/// </summary>
public sealed class PerspectiveCatalog(IOptions<DashboardOptions> options)
{
    private static readonly PerspectiveOptions UnclassifiedPerspective = new() { Id = Classification.UnclassifiedId, Name = "Unclassified", Color = "#7a8290" };

    public IReadOnlyList<PerspectiveOptions> All => [.. options.Value.Perspectives, UnclassifiedPerspective];

    public PerspectiveOptions Get(string id) =>
        options.Value.Perspectives.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? new PerspectiveOptions { Id = id, Name = id == Classification.UnclassifiedId ? "Unclassified" : id, Color = UnclassifiedPerspective.Color };

    /// <summary>Position in the one perspective order; ids not configured go last, by name.</summary>
    public int Rank(string id)
    {
        var index = All.ToList().FindIndex(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    public IEnumerable<T> Order<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.OrderBy(x => Rank(id(x))).ThenBy(x => id(x), StringComparer.Ordinal);
}

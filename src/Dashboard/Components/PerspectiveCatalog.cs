using Dashboard.Classifying;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Components;

/// <summary>Names and colours of perspectives for the UI, with "unclassified" always present.</summary>
public sealed class PerspectiveCatalog(IOptions<DashboardOptions> options)
{
    private static readonly PerspectiveOptions UnclassifiedPerspective = new() { Id = Classification.UnclassifiedId, Name = "Unclassified", Color = "#6b7280" };

    public IReadOnlyList<PerspectiveOptions> All => [.. options.Value.Perspectives, UnclassifiedPerspective];

    public PerspectiveOptions Get(string id) =>
        options.Value.Perspectives.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? new PerspectiveOptions { Id = id, Name = id == Classification.UnclassifiedId ? "Unclassified" : id, Color = UnclassifiedPerspective.Color };
}

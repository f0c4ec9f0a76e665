using System.Globalization;
using Dashboard.Configuration;
using Dashboard.Overview;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Views;

public partial class OutletChart
{
    [Parameter, EditorRequired] public required IReadOnlyList<OutletCount> Outlets { get; set; }
    [Parameter] public EventCallback<OutletCount> OnOutlet { get; set; }

    [Inject] private PerspectiveCatalog Perspectives { get; set; } = null!;

    /// <summary>A bar; the label names the perspective too when an outlet appears under several, so no two bars read alike.</summary>
    private sealed record OutletBar(string Label, OutletCount Outlet, PerspectiveOptions Perspective, string Percent, string Tooltip);

    private IReadOnlyList<OutletBar> _bars = [];
    private IReadOnlyList<PerspectiveOptions> _perspectives = [];

    // The biggest outlet leads, whatever order the caller gives (a stable sort: ties keep it).
    protected override void OnParametersSet()
    {
        var max = Math.Max(1, Outlets.Select(o => o.Count).DefaultIfEmpty(0).Max());
        _bars = Outlets.OrderByDescending(o => o.Count).Select(o =>
        {
            var p = Perspectives.Get(o.PerspectiveId);
            var label = Outlets.Count(x => x.Outlet == o.Outlet) > 1 ? $"{o.Outlet} ({p.Name})" : o.Outlet;
            var percent = (100.0 * o.Count / max).ToString("0.#", CultureInfo.InvariantCulture);
            return new OutletBar(label, o, p, percent, $"{label}: {Plural.Count(o.Count, "article")}, {p.Name} perspective. Click to see them.");
        }).ToList();
        _perspectives = Perspectives.Order(Outlets.Select(o => o.PerspectiveId).Distinct(), id => id).Select(Perspectives.Get).ToList();
    }
}

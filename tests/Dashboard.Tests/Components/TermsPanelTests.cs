using Bunit;
using Dashboard.Analysis;
using Dashboard.Components.Views;

namespace Dashboard.Tests.Components;

public sealed class TermsPanelTests : IAsyncLifetime
{
    private readonly ComponentContext _ui = new();

    private static readonly PerspectiveTerms UsTerms = new("us", 3, [new DistinctiveTerm("tariff", 3.2, 1.1, 5, 1), new DistinctiveTerm("ally", 2.4, 0.8, 3, 0)]);

    private IRenderedComponent<TermsPanel> Render(IReadOnlyList<PerspectiveTerms> terms, Action<string>? onTerm = null) =>
        _ui.Render<TermsPanel>(p => p.Add(t => t.Terms, terms).Add(t => t.OnTerm, onTerm ?? (_ => { })));

    [Fact]
    public void TermsPanel_SideWithoutSignificantTerms_SaysSo()
    {
        var panel = Render([UsTerms, new PerspectiveTerms("china", 1, [])]);

        var china = panel.Find(".terms-side[data-perspective=china]");
        Assert.Equal("No term stands out significantly.", china.QuerySelector(".empty")!.Text());
        Assert.Empty(china.QuerySelectorAll("[data-term]"));
        Assert.Contains("1 article", china.QuerySelector("h3")!.Text());
        Assert.Empty(panel.FindAll(".terms-side[data-perspective=us] .empty"));
    }

    [Fact]
    public void TermsPanel_Sides_ConfiguredOrderTermsInGivenOrder()
    {
        var panel = Render([new PerspectiveTerms("china", 2, [new DistinctiveTerm("sovereignty", 2.9, 1, 4, 0)]), UsTerms]);

        Assert.Equal(["us", "china"], panel.FindAll(".terms-side").Select(s => s.GetAttribute("data-perspective")));
        Assert.Equal(["United States", "China"], panel.FindAll(".terms-side .badge").Select(b => b.Text()));
        Assert.Equal(["tariff", "ally"], panel.FindAll(".terms-side[data-perspective=us] [data-term]").Select(t => t.GetAttribute("data-term")));
        Assert.Contains("3 articles", panel.Find(".terms-side[data-perspective=us] h3").Text());
    }

    [Fact]
    public void TermsPanel_TermClicked_RaisesOnTermWithIt()
    {
        var chosen = new List<string>();
        var panel = Render([UsTerms, new PerspectiveTerms("china", 1, [])], chosen.Add);

        panel.Find("[data-term=ally]").Click();

        Assert.Equal(["ally"], chosen);
    }

    [Fact]
    public void TermsPanel_OneSide_SaysTwoPerspectivesAreNeeded()
    {
        var panel = Render([UsTerms]);

        Assert.Contains("at least two perspectives", panel.Find(".empty").Text());
        Assert.Empty(panel.FindAll(".terms-side"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}

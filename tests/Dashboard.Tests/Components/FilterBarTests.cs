using Bunit;
using Dashboard.Components;
using Dashboard.Components.Views;
using Dashboard.Configuration;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

/// <summary>The filter bar: which choice is marked, the filter each choice asks for, and kiosk's kept controls.</summary>
public sealed class FilterBarTests : IAsyncLifetime
{
    private static readonly ViewFilter Default = new() { Topic = "us-china" };
    private static readonly TopicOptions[] Topics = [new() { Id = "us-china", Name = "US vs China" }, new() { Id = "taiwan-strait", Name = "Taiwan Strait" }];
    private static readonly SourceOptions[] Sources = [new() { Id = "xinhua", Name = "Xinhua", Perspective = "china" }];
    private readonly ComponentContext _ui = new();
    private readonly List<ViewFilter> _changes = [];

    private IRenderedComponent<FilterBar> Render(ViewFilter filter, KioskOptions? kiosk = null) => _ui.Render<FilterBar>(p => p
        .Add(f => f.Filter, filter).Add(f => f.Kiosk, kiosk ?? KioskOptions.Off).Add(f => f.Topics, Topics)
        .Add(f => f.Perspectives, [ComponentContext.Us, ComponentContext.China]).Add(f => f.Sources, Sources)
        .Add(f => f.OnChange, _changes.Add));

    private static IEnumerable<string> Checked(IRenderedComponent<FilterBar> bar) =>
        bar.FindAll(".filter-range [role=checkbox][aria-checked=true]").Select(e => e.Text());

    [Fact]
    public void FilterBar_DefaultView_Marks24hOnly()
    {
        var bar = Render(Default);

        Assert.Equal(TimeRange.Presets, bar.FindAll(".filter-range [role=checkbox]").Select(e => e.Text()));
        Assert.Equal(["24h"], Checked(bar));
    }

    [Fact]
    public void FilterBar_FrozenRange_NoPresetMarkedWindowSpeltOut()
    {
        var hour = new DateTime(2025, 11, 25, 1, 0, 0, DateTimeKind.Utc);

        var bar = Render(Default with { Range = TimeRange.Fixed(hour, hour.AddHours(1)) });

        Assert.Empty(Checked(bar));
        Assert.NotEmpty(bar.FindAll(".range-custom-active"));
        Assert.Contains("2025-11-25 01:00 – 2025-11-25 02:00 UTC", bar.Markup);
    }

    [Fact]
    public void FilterBar_PresetChosen_RaisesOnChangeWithThatRangeOnly()
    {
        var filter = Default with { Perspectives = ["china"], Query = "tariff" };
        var bar = Render(filter);

        bar.FindAll(".filter-range [role=checkbox]").Single(e => e.Text() == "7d").Click();

        Assert.Equal([filter with { Range = TimeRange.Preset("7d") }], _changes);
    }

    [Fact]
    public void FilterBar_PerspectiveChosen_RaisesOnChangeWithItInConfiguredOrder()
    {
        var bar = Render(Default with { Perspectives = ["china"] });

        Perspective(bar, "United States").Click();

        Assert.Equal([Default with { Perspectives = ["us", "china"] }], _changes);
    }

    [Fact]
    public void FilterBar_SelectedPerspectiveChosenAgain_RaisesOnChangeWithoutIt()
    {
        var bar = Render(Default with { Perspectives = ["china"] });

        Assert.Equal("true", Perspective(bar, "China").GetAttribute("aria-pressed"));
        Assert.Equal("false", Perspective(bar, "United States").GetAttribute("aria-pressed"));
        Perspective(bar, "China").Click();

        Assert.Equal([Default], _changes);
    }

    [Fact]
    public void FilterBar_SearchEntered_RaisesOnChangeWithTrimmedQuery()
    {
        var bar = Render(Default);

        var input = bar.Find("#view-search");
        input.Input("  tariffs ");
        input.KeyDown("Enter");

        Assert.Equal([Default with { Query = "tariffs" }], _changes);
    }

    [Fact]
    public void FilterBar_KioskKeepingRange_ShowsOnlyTheRangeControls()
    {
        var bar = Render(Default, KioskOptions.From(new Dictionary<string, string?> { ["kiosk"] = "1", ["keep"] = "range" }));

        Assert.Equal(["filter-range"], Controls(bar));
        Assert.Equal(["24h"], Checked(bar));
    }

    [Fact]
    public void FilterBar_KioskKeepingNothing_ShowsNoControls() =>
        Assert.Empty(Controls(Render(Default, KioskOptions.From(new Dictionary<string, string?> { ["kiosk"] = "1" }))));

    [Fact]
    public void FilterBar_NotKiosk_ShowsEveryControl() =>
        Assert.Equal(["filter-topic", "filter-range", "filter-perspectives", "filter-sources", "filter-search"], Controls(Render(Default)));

    /// <summary>The bar's controls by their filter-* class, in order.</summary>
    private static IEnumerable<string> Controls(IRenderedComponent<FilterBar> bar) =>
        bar.FindAll(".filter").Select(e => e.ClassList.First(c => c.StartsWith("filter-", StringComparison.Ordinal)));

    private static AngleSharp.Dom.IElement Perspective(IRenderedComponent<FilterBar> bar, string name) =>
        bar.FindAll(".perspective-chip").Single(c => c.Text() == name);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}

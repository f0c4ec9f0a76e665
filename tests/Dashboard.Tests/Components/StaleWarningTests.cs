using Bunit;
using Dashboard.Components.Views;
using Dashboard.Overview;

namespace Dashboard.Tests.Components;

public sealed class StaleWarningTests : IAsyncLifetime
{
    private readonly ComponentContext _ui = new();

    private IRenderedComponent<StaleWarning> Render(IngestionHealth health) => _ui.Render<StaleWarning>(p => p.Add(s => s.Health, health));

    [Fact]
    public void StaleWarning_StaleTopic_SaysSinceWhenAndLinksToFeeds()
    {
        var warning = Render(new IngestionHealth(0, 3, 0, ComponentContext.Now.AddHours(-2), Stale: true)).Find(".stale-warning");

        Assert.Contains("since 2 h ago (2025-11-25 02:00:00Z)", warning.Text());
        Assert.Equal("alert", warning.GetAttribute("role"));
        Assert.Equal("/feeds", warning.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void StaleWarning_NeverSucceeded_SaysYet() =>
        Assert.Contains("no feed of this topic has succeeded yet.", Render(new IngestionHealth(0, 3, 0, null, Stale: true)).Find(".stale-warning").Text());

    [Fact]
    public void StaleWarning_FreshTopic_RendersNothing() =>
        Assert.Equal("", Render(new IngestionHealth(3, 0, 0, ComponentContext.Now, Stale: false)).Markup.Trim());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}

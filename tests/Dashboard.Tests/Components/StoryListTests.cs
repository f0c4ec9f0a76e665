using Bunit;
using Dashboard.Components.Views;
using Dashboard.Stories;

namespace Dashboard.Tests.Components;

public sealed class StoryListTests : IAsyncLifetime
{
    private static readonly DateTime Now = ComponentContext.Now;
    private readonly ComponentContext _ui = new();

    private static StorySummary Story(long id, int articles, int outlets, params StoryPerspectiveCount[] perspectives)
    {
        // The rule's real verdict on such counts, both sides polled and up.
        var verdict = BlindspotRule.Judge(new BlindspotEvidence(perspectives.ToDictionary(p => p.PerspectiveId, p => p.Count),
            Now.AddHours(-5), Now.AddHours(-1), [], new HashSet<string> { "us", "china" }), new BlindspotOptions());
        return new(id, $"Story {id}", articles, outlets, perspectives, Now.AddHours(-5), Now.AddHours(-1), verdict.Blindspot, verdict);
    }

    private IRenderedComponent<StoryList> Render(IReadOnlyList<StorySummary> stories, string query = "", int max = int.MaxValue) =>
        _ui.Render<StoryList>(p => p.Add(l => l.Stories, stories).Add(l => l.Now, Now).Add(l => l.Query, query).Add(l => l.Max, max));

    [Theory]
    [InlineData(1, 1, "1 article · 1 outlet · 1 h ago")]
    [InlineData(2, 1, "2 articles · 1 outlet · 1 h ago")]
    [InlineData(5, 3, "5 articles · 3 outlets · 1 h ago")]
    public void StoryList_Counts_NounsAgree(int articles, int outlets, string expected) =>
        Assert.Equal(expected, Render([Story(1, articles, outlets, new StoryPerspectiveCount("us", articles))]).Find(".story-meta").Text());

    [Fact]
    public void StoryList_Stories_HeadlineLinksToStoryPageKeepingTheView()
    {
        var link = Render([Story(42, 2, 2, new("us", 1), new("china", 1))], query: "?topic=us-china&range=7d").Find("[data-story-id='42'] a.story-headline");

        Assert.Equal("/stories/42?topic=us-china&range=7d", link.GetAttribute("href"));
        Assert.Equal("Story 42", link.Text());
    }

    [Fact]
    public void StoryList_Split_NamesEachPerspectiveWithItsCountInConfiguredOrder()
    {
        var bar = Render([Story(1, 3, 2, new("china", 2), new("us", 1))]).Find(".split-bar");

        Assert.Equal("United States 1, China 2", bar.GetAttribute("aria-label"));
        Assert.Equal(["United States 1", "China 2"], bar.QuerySelectorAll(".split-segment").Select(s => s.Text()));
    }

    [Fact]
    public void StoryList_MoreThanMax_ShowsMax() =>
        Assert.Equal(2, Render([Story(1, 1, 1), Story(2, 1, 1), Story(3, 1, 1)], max: 2).FindAll(".story-row").Count);

    [Fact]
    public void StoryList_NoStories_SaysTheEmptyText()
    {
        var list = _ui.Render<StoryList>(p => p.Add(l => l.Stories, []).Add(l => l.Empty, "No blindspots in this view."));

        Assert.Equal("No blindspots in this view.", list.Find(".empty").Text());
        Assert.Empty(list.FindAll(".story-row"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}

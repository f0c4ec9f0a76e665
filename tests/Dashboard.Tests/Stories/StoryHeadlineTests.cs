using Dashboard.Stories;

namespace Dashboard.Tests.Stories;

public sealed class StoryHeadlineTests
{
    private sealed record Item(long Id, string Title, DateTime At);

    private static readonly DateTime T0 = new(2025, 11, 25, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Pick_ThreeWordings_ChoosesTheMostTypical()
    {
        // Terms: A {xi, press, trump, taiwan, agree, meet, china, april}; B {trump, visit, china, xi, press, us, leader, taiwan};
        // C {xi, clarify, china, principled, position, taiwan, phone, call, trump}; D {xi, press, trump, taiwan, phone, call}.
        // Jaccard A–B 5/11, A–C 4/13, A–D 4/10, B–C 4/13, B–D 4/10, C–D 5/10. Sums: A 1.162, B 1.162, C 1.115, D 1.300:
        // D is the medoid although it is the latest.
        Item[] items =
        [
            new(1, "Xi Presses Trump on Taiwan as They Agree to Meet in China in April", T0),
            new(2, "Trump Says He'll Visit China; Xi Presses US Leader on Taiwan", T0.AddHours(1)),
            new(3, "Xi clarifies China's principled position on Taiwan in phone call with Trump", T0.AddHours(2)),
            new(4, "Xi presses Trump on Taiwan in phone call", T0.AddHours(3)),
        ];
        Assert.Equal(4, StoryHeadline.Pick(items, i => i.Title, i => i.At, i => i.Id).Id);
        // Without D, A and B tie (0.762 each): the earlier one wins.
        Assert.Equal(1, StoryHeadline.Pick(items[..3], i => i.Title, i => i.At, i => i.Id).Id);
    }

    [Fact]
    public void Pick_Tie_ChoosesEarliestThenLowestId()
    {
        Item[] items = [new(5, "Alpha beta", T0.AddHours(1)), new(4, "Gamma delta", T0.AddHours(1)), new(6, "Epsilon zeta", T0)];
        Assert.Equal(6, StoryHeadline.Pick(items, i => i.Title, i => i.At, i => i.Id).Id);
        Assert.Equal(4, StoryHeadline.Pick(items[..2], i => i.Title, i => i.At, i => i.Id).Id);
    }

    [Fact]
    public void Pick_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => StoryHeadline.Pick(Array.Empty<Item>(), i => i.Title, i => i.At, i => i.Id));
}

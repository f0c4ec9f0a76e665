using Bunit;
using Dashboard.Components.Shared;
using Dashboard.Components.Theme;
using Dashboard.Configuration;

namespace Dashboard.Tests.Components;

public sealed class PerspectiveBadgeTests : IAsyncLifetime
{
    private readonly ComponentContext _ui = new();

    private AngleSharp.Dom.IElement Badge(PerspectiveOptions perspective, string? rule = null) =>
        _ui.Render<PerspectiveBadge>(p => p.Add(b => b.Perspective, perspective).Add(b => b.Rule, rule)).Find(".badge");

    [Fact]
    public void PerspectiveBadge_Always_SpellsNameAndCarriesRule()
    {
        var badge = Badge(ComponentContext.China, "source registry: news.cn");

        Assert.Equal("China", badge.Text()); // colour is never the only carrier
        Assert.Equal("China — source registry: news.cn", badge.GetAttribute("title"));
        Assert.Contains("background-color:#D55E00", badge.GetAttribute("style"));
    }

    [Fact]
    public void PerspectiveBadge_NoRule_TitleIsTheName() =>
        Assert.Equal("United States", Badge(ComponentContext.Us).GetAttribute("title"));

    [Theory]
    [InlineData("#0072B2", "#ffffff")]
    [InlineData("#D55E00", "#000000")]
    [InlineData("#E6AB02", "#000000")]
    [InlineData("#882E72", "#ffffff")]
    [InlineData("#7a8290", "#000000")]
    [InlineData("#777777", "#000000")] // mid grey: black 4.69:1, white only 4.48:1
    [InlineData("#000000", "#ffffff")]
    [InlineData("#fff", "#000000")]
    public void PerspectiveBadge_AnyColor_BlackOrWhiteTextAtLeastAa(string color, string expectedText)
    {
        var badge = Badge(new PerspectiveOptions { Id = "x", Name = "Some perspective", Color = color });

        var text = Style(badge, "color");
        Assert.Equal(expectedText, text);
        Assert.True(ContrastRatio.Of(text, color) >= 4.5, $"{text} on {color}: {ContrastRatio.Of(text, color):F2}:1");
        Assert.Equal("Some perspective", badge.Text());
    }

    [Fact]
    public void TextOn_EveryColorOfAGrid_AtLeastAa()
    {
        // Any configured colour, not only the shipped ones: a 16-level grid of the RGB cube.
        for (var r = 0; r < 256; r += 17)
            for (var g = 0; g < 256; g += 17)
                for (var b = 0; b < 256; b += 17)
                {
                    var color = $"#{r:x2}{g:x2}{b:x2}";
                    var text = PerspectiveColors.TextOn(color);
                    Assert.True(text is "#000000" or "#ffffff" && ContrastRatio.Of(text, color) >= 4.5, $"{text} on {color}");
                }
    }

    private static string Style(AngleSharp.Dom.IElement element, string property) =>
        element.GetAttribute("style")!.Split(';', StringSplitOptions.TrimEntries)
            .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries))
            .Single(d => d[0] == property)[1];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ui.DisposeAsync();
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dashboard.Tests.Rendering;

/// <summary>The Open Graph and Twitter card tags in the first HTML response of pages, read as a chat app's unfurler reads them.</summary>
public sealed class SocialMetaTests(RenderAppFixture app) : IClassFixture<RenderAppFixture>
{
    private HttpClient Client => app.Client;

    private async Task<IDocument> HeadOfAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string Meta(IDocument page, string key) =>
        page.Head!.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"no <meta> {key} in the head");

    [Fact]
    public async Task Overview_DefaultView_CarriesCardOfTheLast24Hours()
    {
        var page = await HeadOfAsync("/");

        Assert.Equal("US vs China · last 24 h — Dashboard", Meta(page, "og:title"));
        Assert.Equal("2 articles · United States 1 (50 %) · China 1 (50 %) — US vs China · last 24 h", Meta(page, "og:description"));
        Assert.Equal("http://localhost/render/volume.png", Meta(page, "og:image"));
        Assert.Equal(("1200", "630", "image/png"), (Meta(page, "og:image:width"), Meta(page, "og:image:height"), Meta(page, "og:image:type")));
        Assert.Equal(("website", "http://localhost/"), (Meta(page, "og:type"), Meta(page, "og:url")));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
        Assert.Equal(Meta(page, "og:title"), Meta(page, "twitter:title"));
    }

    [Fact]
    public async Task Overview_FilteredView_ImageIsThatViewsVolumeChart()
    {
        var page = await HeadOfAsync("/?topic=taiwan-strait&persp=china");

        Assert.Equal("Taiwan Strait · last 24 h · China sources — Dashboard", Meta(page, "og:title"));
        var image = new Uri(Meta(page, "og:image"));
        Assert.Equal("/render/volume.png?topic=taiwan-strait&persp=china", image.PathAndQuery);
        var chart = await Client.GetAsync(image.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1200, 630), PngImage.Size(await chart.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Overview_FrozenDayOfChinaSources_CountsThatView()
    {
        var page = await HeadOfAsync($"/?{RenderAppFixture.FrozenDay}&persp=china");

        Assert.Equal("US vs China · 24 Nov 2025 · China sources — Dashboard", Meta(page, "og:title"));
        Assert.StartsWith("1 article · China 1 (100 %) — ", Meta(page, "og:description")); // 新华网 is Xinhua, the others are the feed's US
        Assert.Equal($"/render/volume.png?from=2025-11-24T00%3A00%3A00Z&to=2025-11-25T00%3A00%3A00Z&persp=china", new Uri(Meta(page, "og:image")).PathAndQuery);
    }

    [Fact]
    public async Task Overview_SearchTextWithMarkup_IsAttributeEncodedNotMarkup()
    {
        const string q = "\"><script>alert(1)</script>";
        var response = await Client.GetStringAsync("/?q=" + Uri.EscapeDataString(q));
        var page = new HtmlParser().ParseDocument(response);

        Assert.Contains($"“{q}”", Meta(page, "og:title"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)"));
        Assert.DoesNotContain("<script>alert(1)", response);
    }

    [Fact]
    public async Task DigestPage_Day_ImageIsThatDaysChart()
    {
        var page = await HeadOfAsync("/digest/us-china/2025-11-24");

        Assert.Equal("US vs China News - 2025-11-24 — Dashboard", Meta(page, "og:title"));
        Assert.Equal("/render/volume.png?from=2025-11-24T00%3A00%3A00Z&to=2025-11-25T00%3A00%3A00Z", new Uri(Meta(page, "og:image")).PathAndQuery);
        Assert.StartsWith("4 articles", Meta(page, "og:description"));
    }

    [Fact]
    public async Task StoryPage_KnownStory_TitleIsItsHeadline()
    {
        using var stories = System.Text.Json.JsonDocument.Parse(await Client.GetStringAsync($"/api/stories?{RenderAppFixture.FrozenDay}"));
        var story = stories.RootElement.EnumerateArray().First();

        var page = await HeadOfAsync($"/stories/{story.GetProperty("id").GetInt64()}");

        Assert.Equal(story.GetProperty("headline").GetString() + " — Dashboard", Meta(page, "og:title"));
        Assert.StartsWith("http://localhost/render/volume.png", Meta(page, "og:image"));
    }

    [Theory]
    [InlineData("/feeds", "Feeds · US vs China · last 24 h — Dashboard")]
    [InlineData("/stories?range=7d", "Stories · US vs China · last 7 days — Dashboard")]
    public async Task OtherPages_CarryTheCardOfTheirView(string path, string title)
    {
        var page = await HeadOfAsync(path);

        Assert.Equal(title, Meta(page, "og:title"));
        Assert.StartsWith("http://localhost/render/volume.png", Meta(page, "og:image"));
    }
}

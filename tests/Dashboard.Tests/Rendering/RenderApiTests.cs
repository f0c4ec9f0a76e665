using System.Net;
using System.Text.Json;

namespace Dashboard.Tests.Rendering;

/// <summary>GET /render/{chart}.{format} in the real app, on the fixture's ingested articles.</summary>
public sealed class RenderApiTests(RenderAppFixture app) : IClassFixture<RenderAppFixture>
{
    private HttpClient Client => app.Client;

    [Theory]
    [InlineData("volume"), InlineData("outlets"), InlineData("share")]
    public async Task RenderPng_FrozenDay_GivesPngOfOpenGraphSize(string chart)
    {
        var response = await Client.GetAsync($"/render/{chart}.png?{RenderAppFixture.FrozenDay}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        ChartGalleryTests.Save($"app-{chart}-day.png", png);
        Assert.Equal((1200, 630), PngImage.Size(png));
    }

    [Fact]
    public async Task RenderPng_WidthAndHeight_GivesThatSize()
    {
        var png = await Client.GetByteArrayAsync($"/render/volume.png?{RenderAppFixture.FrozenDay}&width=600&height=400&theme=dark");

        Assert.Equal((600, 400), PngImage.Size(png));
    }

    [Fact]
    public async Task RenderSvg_FrozenDay_HasPerspectiveNamesAndCjkOutletAsText()
    {
        var volume = await Client.GetAsync($"/render/volume.svg?{RenderAppFixture.FrozenDay}");
        var outlets = await Client.GetStringAsync($"/render/outlets.svg?{RenderAppFixture.FrozenDay}");

        Assert.Equal("image/svg+xml", volume.Content.Headers.ContentType?.MediaType);
        var svg = await volume.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg[..Math.Min(300, svg.Length)]);
        Assert.Contains("United States", svg);
        Assert.Contains("China", svg);
        Assert.Contains(RenderAppFixture.PeoplesDaily, outlets);
        Assert.Contains("Xinhua", outlets);
        Assert.Contains("The New York Times", outlets);
    }

    [Fact]
    public async Task Render_SameViewTwice_SameETagAndBytes()
    {
        var first = await Client.GetAsync($"/render/share.png?{RenderAppFixture.FrozenDay}");
        var second = await Client.GetAsync($"/render/share.png?{RenderAppFixture.FrozenDay}");

        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Render_IfNoneMatchOfCurrentETag_Gives304()
    {
        var first = await Client.GetAsync($"/render/volume.png?{RenderAppFixture.FrozenDay}");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/render/volume.png?{RenderAppFixture.FrozenDay}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Render_SettledFrozenDay_CachedForAnHour()
    {
        var response = await Client.GetAsync($"/render/volume.png?{RenderAppFixture.FrozenDay}");

        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task Render_LiveRange_CachedToTheEndOfTheMinute()
    {
        var response = await Client.GetAsync("/render/volume.png?range=1h");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(response.Headers.CacheControl!.MaxAge!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Render_ViewWithNoArticles_GivesAnImageNotAnError()
    {
        var response = await Client.GetAsync("/render/outlets.png?topic=taiwan-strait");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1200, 630), PngImage.Size(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Render_UnknownAndBadViewParameters_ReadAsThePageReadsThem()
    {
        var response = await Client.GetAsync("/render/volume.png?utm_source=chat&range=forever&persp=mars");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RenderHead_FrozenDay_GivesHeadersWithoutBody()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/render/volume.png?{RenderAppFixture.FrozenDay}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/render/pie.png", "chart", "unknown chart 'pie'")]
    [InlineData("/render/Volume.png", "chart", "unknown chart 'Volume'")]
    [InlineData("/render/volume.gif", "format", "unknown format 'gif'")]
    [InlineData("/render/volume.png?width=abc", "width", "got 'abc'")]
    [InlineData("/render/volume.png?width=0", "width", "from 300 to 2400")]
    [InlineData("/render/volume.png?width=100000", "width", "got '100000'")]
    [InlineData("/render/volume.png?height=-5", "height", "got '-5'")]
    [InlineData("/render/share.svg?theme=neon", "theme", "got 'neon'")]
    public async Task Render_BadImageParameter_Gives400NamingIt(string url, string parameter, string detail)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        var text = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith("render: ", text);
        Assert.Contains(detail, text);
    }
}

using Dashboard.Rendering;

namespace Dashboard.Tests.Rendering;

public sealed class RenderRequestTests
{
    private static (RenderRequest? Request, RenderProblem? Problem) Parse(string chart, string format, params (string Key, string Value)[] query) =>
        RenderRequest.Parse(chart, format, query.ToDictionary(q => q.Key, q => (string?)q.Value, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Parse_NoImageParameters_OpenGraphSizeLightTheme()
    {
        Assert.Equal(new RenderRequest(ChartKind.Volume, ChartFormat.Png, ChartLook.Default), Parse("volume", "png").Request);
    }

    [Fact]
    public void Parse_AllImageParameters_TakesThem()
    {
        Assert.Equal(new RenderRequest(ChartKind.Share, ChartFormat.Svg, new ChartLook(300, 2400, ChartTheme.Dark)),
            Parse("share", "svg", ("width", "300"), ("HEIGHT", "2400"), ("theme", "dark")).Request);
    }

    [Theory]
    [InlineData("width", "299")]
    [InlineData("width", "2401")]
    [InlineData("width", "+600")]
    [InlineData("width", "6e2")]
    [InlineData("height", "199")]
    [InlineData("height", "400.5")]
    [InlineData("theme", "Dark")]
    public void Parse_OutOfBoundsOrMalformed_NamesTheParameter(string key, string value)
    {
        var (request, problem) = Parse("outlets", "png", (key, value));

        Assert.Null(request);
        Assert.Equal(key, problem!.Parameter);
        Assert.Contains($"'{value}'", problem.Detail);
    }

    [Fact]
    public void Parse_ViewParameters_AreNotItsBusiness()
    {
        Assert.NotNull(Parse("volume", "png", ("topic", "nowhere"), ("range", "forever"), ("utm_source", "x")).Request);
    }
}

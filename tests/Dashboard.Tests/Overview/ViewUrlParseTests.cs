using Dashboard.Overview;

namespace Dashboard.Tests.Overview;

public sealed class ViewUrlParseTests
{
    private static ViewParseResult Parse(params (string Key, string? Value)[] query) =>
        ViewUrl.Parse(query.ToDictionary(p => p.Key, p => p.Value), OverviewOptions.Create());

    private static ViewFilter ParseClean(params (string Key, string? Value)[] query)
    {
        var result = Parse(query);
        Assert.Empty(result.Notices);
        return result.Filter;
    }

    [Fact]
    public void Parse_EmptyQuery_DefaultViewWithoutNotices()
    {
        var filter = ParseClean();

        Assert.Equal(("us-china", "24h", 0, 0, (string?)null), (filter.Topic, filter.Range.PresetName, filter.Perspectives.Count, filter.Sources.Count, filter.Query));
    }

    [Fact]
    public void Parse_EmptyValues_TreatedAsAbsent()
    {
        Assert.Equal(ParseClean(), ParseClean(("topic", ""), ("range", " "), ("persp", ""), ("src", ""), ("q", "   "), ("from", ""), ("to", null)));
    }

    [Fact]
    public void Parse_TopicInOtherCase_ConfiguredCasing() =>
        Assert.Equal("taiwan-strait", ParseClean(("topic", "Taiwan-STRAIT")).Topic);

    [Fact]
    public void Parse_UnknownTopic_DefaultTopicAndNotice()
    {
        var result = Parse(("topic", "x"));

        Assert.Equal("us-china", result.Filter.Topic);
        Assert.Equal(["unknown topic 'x': showing US vs China"], result.Notices);
    }

    [Theory]
    [InlineData("1h", "1h")]
    [InlineData("6h", "6h")]
    [InlineData("24h", "24h")]
    [InlineData("7d", "7d")]
    [InlineData("30D", "30d")]
    public void Parse_RangePreset_LiveRange(string value, string expected)
    {
        var range = ParseClean(("range", value)).Range;

        Assert.True(range.IsLive);
        Assert.Equal(expected, range.PresetName);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2h")]
    [InlineData("24 h")]
    public void Parse_UnknownRange_24hAndNotice(string value)
    {
        var result = Parse(("range", value));

        Assert.Equal(TimeRange.Preset("24h"), result.Filter.Range);
        Assert.Equal([$"range '{value}' is not one of 1h, 6h, 24h, 7d, 30d: showing 24h"], result.Notices);
    }

    [Theory]
    [InlineData("2025-11-24T08:00:00Z", "2025-11-24T09:30:00Z", "2025-11-24T08:00:00Z", "2025-11-24T09:30:00Z")]
    [InlineData("2025-11-24T08:00Z", "2025-11-24T09:30Z", "2025-11-24T08:00:00Z", "2025-11-24T09:30:00Z")]
    [InlineData("2025-11-24T16:00:00+08:00", "2025-11-24T09:30:00.250Z", "2025-11-24T08:00:00Z", "2025-11-24T09:30:00.250Z")]
    public void Parse_FromAndTo_FixedUtcRange(string from, string to, string expectedFrom, string expectedTo)
    {
        var range = ParseClean(("from", from), ("to", to)).Range;

        Assert.False(range.IsLive);
        Assert.Equal((OverviewTestData.Utc(expectedFrom), OverviewTestData.Utc(expectedTo)), (range.From!.Value, range.To!.Value));
        Assert.Equal((DateTimeKind.Utc, DateTimeKind.Utc), (range.From.Value.Kind, range.To.Value.Kind));
    }

    [Fact]
    public void Parse_SpanOfExactly366Days_Accepted() =>
        Assert.False(ParseClean(("from", "2024-01-01T00:00:00Z"), ("to", "2025-01-01T00:00:00Z")).Range.IsLive);

    public static TheoryData<string?, string?, string> BadFixedRanges => new()
    {
        { "2025-11-24T08:00:00Z", null, "'from' needs 'to' as well: showing 24h" },
        { null, "2025-11-24T08:00:00Z", "'to' needs 'from' as well: showing 24h" },
        { "yesterday", "2025-11-24T08:00:00Z", "'from' 'yesterday' is not a UTC time like 2025-11-24T08:00:00Z: showing 24h" },
        { "2025-11-24T08:00:00Z", "2025-13-01T00:00:00Z", "'to' '2025-13-01T00:00:00Z' is not a UTC time like 2025-11-24T08:00:00Z: showing 24h" },
        { "2025-11-24T08:00:00", "2025-11-24T09:00:00Z", "'from' '2025-11-24T08:00:00' is not a UTC time like 2025-11-24T08:00:00Z: showing 24h" },
        { "1969-12-31T23:00:00Z", "2025-11-24T09:00:00Z", "'from' '1969-12-31T23:00:00Z' is not a UTC time like 2025-11-24T08:00:00Z: showing 24h" },
        { "2025-11-24T09:00:00Z", "2025-11-24T08:00:00Z", "'from' must be before 'to': showing 24h" },
        { "2025-11-24T08:00:00Z", "2025-11-24T08:00:00Z", "'from' must be before 'to': showing 24h" },
        { "2024-01-01T00:00:00Z", "2025-01-01T00:00:01Z", "'from' to 'to' spans more than 366 days: showing 24h" },
    };

    [Theory]
    [MemberData(nameof(BadFixedRanges))]
    public void Parse_BadFromOrTo_LivePresetAndNotice(string? from, string? to, string notice)
    {
        var result = Parse(("from", from), ("to", to));

        Assert.Equal(TimeRange.Preset("24h"), result.Filter.Range);
        Assert.Equal([notice], result.Notices);
    }

    [Fact]
    public void Parse_BadFromWithValidRange_FallsBackToThatRange()
    {
        var result = Parse(("range", "7d"), ("from", "x"), ("to", "2025-11-24T08:00:00Z"));

        Assert.Equal(TimeRange.Preset("7d"), result.Filter.Range);
        Assert.Equal(["'from' 'x' is not a UTC time like 2025-11-24T08:00:00Z: showing 7d"], result.Notices);
    }

    [Fact]
    public void Parse_RangeAndFromTo_FixedRangeWinsWithNotice()
    {
        var result = Parse(("range", "7d"), ("from", "2025-11-24T08:00:00Z"), ("to", "2025-11-24T09:00:00Z"));

        Assert.False(result.Filter.Range.IsLive);
        Assert.Equal(["range '7d' ignored: 'from' and 'to' are given"], result.Notices);
    }

    [Fact]
    public void Parse_Perspectives_KnownOnesInConfiguredOrderOnceEach()
    {
        var result = Parse(("persp", "unclassified, CHINA,us,mars,china,,us"));

        Assert.Equal(["us", "china", "unclassified"], result.Filter.Perspectives);
        Assert.Equal(["unknown perspective 'mars' ignored"], result.Notices);
    }

    [Fact]
    public void Parse_OnlyUnknownPerspectives_AllPerspectivesAndANoticeEach()
    {
        var result = Parse(("persp", "mars,venus"));

        Assert.Empty(result.Filter.Perspectives);
        Assert.Equal(["unknown perspective 'mars' ignored", "unknown perspective 'venus' ignored"], result.Notices);
    }

    [Fact]
    public void Parse_Sources_KnownOnesInRegistryOrderOnceEach()
    {
        var result = Parse(("src", "Kyodo,foo,xinhua,XINHUA"));

        Assert.Equal(["xinhua", "kyodo"], result.Filter.Sources);
        Assert.Equal(["unknown source 'foo' ignored"], result.Notices);
    }

    [Fact]
    public void Parse_Query_Trimmed() => Assert.Equal("taiwan 50%", ParseClean(("q", "  taiwan 50% ")).Query);

    [Fact]
    public void Parse_QueryOver200Chars_CutWithNotice()
    {
        var result = Parse(("q", new string('a', 199) + "😀" + "tail"));

        Assert.Equal(new string('a', 199), result.Filter.Query); // the emoji's surrogate pair is not split
        Assert.Equal(["search text is longer than 200 characters: cut to 200"], result.Notices);
    }

    [Fact]
    public void Parse_Exactly200Chars_Kept() => Assert.Equal(200, ParseClean(("q", new string('b', 200))).Query!.Length);

    [Fact]
    public void Parse_UiKeys_IgnoredSilently() =>
        Assert.Equal(ParseClean(), ParseClean(("kiosk", "1"), ("theme", "dark"), ("keep", "x"), ("KIOSK", "1")));

    [Fact]
    public void Parse_UnknownParameter_IgnoredWithNotice()
    {
        var result = Parse(("zzz", "1"), ("range", "7d"));

        Assert.Equal("7d", result.Filter.Range.PresetName);
        Assert.Equal(["unknown parameter 'zzz' ignored"], result.Notices);
    }

    [Fact]
    public void Parse_SameKeyInTwoCasings_FirstWinsWithNotice()
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal) { ["range"] = "7d", ["RANGE"] = "1h" };

        var result = ViewUrl.Parse(query, OverviewOptions.Create());

        Assert.Equal("7d", result.Filter.Range.PresetName);
        Assert.Equal(["duplicate parameter 'RANGE' ignored"], result.Notices);
    }

    [Fact]
    public void Parse_RawQueryString_DecodesAndJoinsRepeatedKeys()
    {
        var result = ViewUrl.Parse("?persp=us&persp=china&q=%E5%8F%B0%E6%B9%BE+50%25&topic=taiwan-strait", OverviewOptions.Create());

        Assert.Empty(result.Notices);
        Assert.Equal(("taiwan-strait", "台湾 50%"), (result.Filter.Topic, result.Filter.Query));
        Assert.Equal(["us", "china"], result.Filter.Perspectives);
    }

    [Theory]
    [InlineData("?range=%ZZ&from=&to=&&=&persp=,,,&q=%00")]
    [InlineData("from=9999-12-31T23:59:59Z&to=0001-01-01T00:00:00Z")]
    [InlineData("topic=%F0%9F%98%80&src=%2C&persp=%20")]
    public void Parse_Garbage_NeverThrows(string query)
    {
        var result = ViewUrl.Parse(query, OverviewOptions.Create());

        Assert.Equal("us-china", result.Filter.Topic);
    }
}

using Dashboard.Overview;

namespace Dashboard.Tests.Overview;

public sealed class ViewUrlFormatTests
{
    private static readonly Dashboard.Configuration.DashboardOptions Options = OverviewOptions.Create();

    [Fact]
    public void Format_DefaultView_Empty() =>
        Assert.Equal("", ViewUrl.Format(new ViewFilter { Topic = "us-china" }, Options));

    [Fact]
    public void Format_EveryParameter_StableOrderEncodedValues()
    {
        var filter = new ViewFilter
        {
            Topic = "taiwan-strait", Range = TimeRange.Preset("7d"), Perspectives = ["unclassified", "china", "us"],
            Sources = ["kyodo", "xinhua"], Query = "Xi & Trump 50%",
        };

        Assert.Equal("?topic=taiwan-strait&range=7d&persp=us,china,unclassified&src=xinhua,kyodo&q=Xi%20%26%20Trump%2050%25",
            ViewUrl.Format(filter, Options));
    }

    [Fact]
    public void Format_FixedRange_FromAndToInsteadOfRange()
    {
        var filter = new ViewFilter { Topic = "us-china", Range = TimeRange.Fixed(OverviewTestData.Utc("2025-11-24T08:00:00Z"), OverviewTestData.Utc("2025-11-24T09:30:00.5Z")) };

        Assert.Equal("?from=2025-11-24T08%3A00%3A00Z&to=2025-11-24T09%3A30%3A00.5Z", ViewUrl.Format(filter, Options));
    }

    public static TheoryData<ViewFilter> Filters => new()
    {
        new ViewFilter { Topic = "us-china" },
        new ViewFilter { Topic = "taiwan-strait", Range = TimeRange.Preset("1h") },
        new ViewFilter { Topic = "us-china", Range = TimeRange.Preset("30d"), Perspectives = ["japan", "unclassified"], Sources = ["nytimes"] },
        new ViewFilter { Topic = "us-china", Query = "台湾 海峡 «Élysée» 50%_off +x&y=z #1 /?" },
        new ViewFilter { Topic = "us-china", Query = "🇨🇳 vs 🇺🇸, 'quoted' \"double\"" },
        new ViewFilter
        {
            Topic = "taiwan-strait", Perspectives = ["us"], Sources = ["xinhua", "kyodo"], Query = "trade",
            Range = TimeRange.Fixed(new DateTime(2025, 11, 24, 8, 0, 0, DateTimeKind.Utc).AddTicks(1234567), new DateTime(2025, 11, 25, 8, 0, 0, DateTimeKind.Utc)),
        },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void ParseOfFormat_AnyView_SameView(ViewFilter filter)
    {
        var query = ViewUrl.Format(filter, Options);

        var parsed = ViewUrl.Parse(query, Options);

        Assert.Empty(parsed.Notices);
        Assert.Equal(filter, parsed.Filter);
        Assert.Equal(query, ViewUrl.Format(parsed.Filter, Options));
    }

    [Fact]
    public void Equals_DifferentFilters_NotEqual()
    {
        var filter = new ViewFilter { Topic = "us-china", Perspectives = ["us"] };

        Assert.NotEqual(filter, filter with { Perspectives = ["us", "china"] });
        Assert.NotEqual(filter, filter with { Sources = ["xinhua"] });
        Assert.NotEqual(filter, filter with { Query = "x" });
        Assert.NotEqual(filter, filter with { Range = TimeRange.Preset("1h") });
        Assert.Equal(new ViewFilter { Topic = "us-china", Perspectives = ["us", "china"] }, new ViewFilter { Topic = "us-china", Perspectives = ["china", "us"] });
    }

    [Fact]
    public void Freeze_LivePreset_WindowAtNowToTheSecond()
    {
        var filter = new ViewFilter { Topic = "us-china", Range = TimeRange.Preset("6h"), Perspectives = ["us"], Query = "tariff" };

        var frozen = ViewUrl.Freeze(filter, new DateTime(2025, 11, 24, 12, 30, 15, 999, DateTimeKind.Utc));

        Assert.Equal(filter with { Range = TimeRange.Fixed(OverviewTestData.Utc("2025-11-24T06:30:15Z"), OverviewTestData.Utc("2025-11-24T12:30:15Z")) }, frozen);
        Assert.Equal("?from=2025-11-24T06%3A30%3A15Z&to=2025-11-24T12%3A30%3A15Z&persp=us&q=tariff", ViewUrl.Format(frozen, Options));
    }

    [Fact]
    public void Freeze_FixedRange_Unchanged()
    {
        var filter = new ViewFilter { Topic = "us-china", Range = TimeRange.Fixed(OverviewTestData.Utc("2025-11-01T00:00:00Z"), OverviewTestData.Utc("2025-11-02T00:00:00Z")) };

        Assert.Same(filter, ViewUrl.Freeze(filter, DateTime.UtcNow));
    }
}

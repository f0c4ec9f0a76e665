using Dashboard.Configuration;
using Dashboard.Digest;

namespace Dashboard.Tests.Digest;

public sealed class DigestClockTests
{
    private static DigestClock Clock(string zone = "UTC", string end = "24:00", int delay = 10) =>
        new(new DigestOptions { TimeZone = zone, DayEndsAt = end, CloseDelayMinutes = delay });

    [Fact]
    public void Window_MidnightDay_IsTheCalendarDay()
    {
        Assert.Equal((Utc("2025-11-25T00:00"), Utc("2025-11-26T00:00")), Clock().Window(new DateOnly(2025, 11, 25)));
    }

    [Fact]
    public void Window_DayEndingAt0400_IsThe24HoursBefore()
    {
        // Seed 002 ("US vs China News - 2025-11-25", written 04:00:06Z) lists articles from 2025-11-24T04:00Z on.
        Assert.Equal((Utc("2025-11-24T04:00"), Utc("2025-11-25T04:00")), Clock(end: "04:00").Window(new DateOnly(2025, 11, 25)));
    }

    [Fact]
    public void Window_ShanghaiZone_ShiftsByEightHours()
    {
        Assert.Equal((Utc("2025-11-24T16:00"), Utc("2025-11-25T16:00")), Clock("Asia/Shanghai").Window(new DateOnly(2025, 11, 25)));
    }

    [Fact]
    public void Window_NewYorkDstEnd_Is25HoursLong()
    {
        var (start, end) = Clock("America/New_York").Window(new DateOnly(2025, 11, 2));
        Assert.Equal(TimeSpan.FromHours(25), end - start);
    }

    [Theory]
    [InlineData("2025-11-24T04:00", "2025-11-25")]
    [InlineData("2025-11-25T03:59", "2025-11-25")]
    [InlineData("2025-11-25T04:00", "2025-11-26")]
    public void DayOf_DayEndingAt0400_NamesTheDayByItsEnd(string instant, string day)
    {
        Assert.Equal(DateOnly.Parse(day), Clock(end: "04:00").DayOf(Utc(instant)));
    }

    [Fact]
    public void IsClosed_BeforeAndAfterDelay_FollowsTheDelay()
    {
        var clock = Clock(delay: 10);
        var day = new DateOnly(2025, 11, 25);
        Assert.False(clock.IsClosed(day, Utc("2025-11-26T00:09")));
        Assert.True(clock.IsClosed(day, Utc("2025-11-26T00:10")));
        Assert.Equal(new DateOnly(2025, 11, 24), clock.LastClosedDay(Utc("2025-11-26T00:09")));
        Assert.Equal(day, clock.LastClosedDay(Utc("2025-11-26T00:10")));
    }

    [Theory]
    [InlineData("24:00", true)]
    [InlineData("04:00", true)]
    [InlineData("00:00", false)]
    [InlineData("25:00", false)]
    [InlineData("4pm", false)]
    [InlineData("", false)]
    public void TryParseDayEnd_Text_AcceptsOnlyTimesOfDay(string text, bool ok) => Assert.Equal(ok, DigestClock.TryParseDayEnd(text, out _));

    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}

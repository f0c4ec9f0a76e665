using System.Globalization;
using Dashboard.Feeds.Parsing;

namespace Dashboard.Feeds.Tests.Parsing;

public sealed class FeedDateTests
{
    [Theory]
    // RFC 822 / 1123 and the variants feeds really emit
    [InlineData("Tue, 25 Nov 2025 04:00:06 GMT", "2025-11-25T04:00:06Z")]
    [InlineData("25 Nov 2025 04:00:06 GMT", "2025-11-25T04:00:06Z")]             // no day name
    [InlineData("Wed, 5 Nov 2025 04:00:06 GMT", "2025-11-05T04:00:06Z")]         // single-digit day
    [InlineData("Tue, 25 Nov 25 04:00:06 GMT", "2025-11-25T04:00:06Z")]          // 2-digit year, 20xx
    [InlineData("Fri, 01 Jan 99 10:00:00 GMT", "1999-01-01T10:00:00Z")]          // 2-digit year, 19xx
    [InlineData("Tue, 25 Nov 2025 04:00:06 UT", "2025-11-25T04:00:06Z")]
    [InlineData("Tue, 25 Nov 2025 04:00:06 UTC", "2025-11-25T04:00:06Z")]
    [InlineData("Tue, 25 Nov 2025 04:00:06 Z", "2025-11-25T04:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 23:00:06 EST", "2025-11-25T04:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 23:00:06 EDT", "2025-11-25T03:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 22:00:06 CST", "2025-11-25T04:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 22:00:06 CDT", "2025-11-25T03:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 21:00:06 MST", "2025-11-25T04:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 21:00:06 MDT", "2025-11-25T03:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 20:00:06 PST", "2025-11-25T04:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 20:00:06 PDT", "2025-11-25T03:00:06Z")]
    [InlineData("Tue, 25 Nov 2025 05:00:06 A", "2025-11-25T04:00:06Z")]          // military: A = +1
    [InlineData("Tue, 25 Nov 2025 03:00:06 N", "2025-11-25T04:00:06Z")]          // military: N = -1
    [InlineData("Tue, 25 Nov 2025 16:00:06 M", "2025-11-25T04:00:06Z")]          // military: M = +12
    [InlineData("Tue, 25 Nov 2025 12:00:06 +0800", "2025-11-25T04:00:06Z")]
    [InlineData("Tue, 25 Nov 2025 12:00:06 +08:00", "2025-11-25T04:00:06Z")]
    [InlineData("Tue, 25 Nov 2025 09:30:06 +0530", "2025-11-25T04:00:06Z")]
    [InlineData("Mon, 24 Nov 2025 23:00:06 -0500", "2025-11-25T04:00:06Z")]
    [InlineData("Tue, 25 Nov 2025 04:00:06", "2025-11-25T04:00:06Z")]            // no zone: UTC
    [InlineData("Tue, 25 Nov 2025 04:00 GMT", "2025-11-25T04:00:00Z")]           // no seconds
    [InlineData("Tuesday, 25 November 2025 04:00:06 GMT", "2025-11-25T04:00:06Z")] // full names
    [InlineData("Tue, 25 Sept 2025 04:00:06 GMT", "2025-09-25T04:00:06Z")]
    [InlineData("25-Nov-2025 04:00:06 GMT", "2025-11-25T04:00:06Z")]
    [InlineData("Tue Nov 25 04:00:06 2025", "2025-11-25T04:00:06Z")]             // asctime
    [InlineData("Tue, 25 Nov 2025 04:00:06 +0000 (UTC)", "2025-11-25T04:00:06Z")] // trailing comment
    [InlineData("  tue, 25 nov 2025 04:00:06 gmt  ", "2025-11-25T04:00:06Z")]   // case, padding
    [InlineData("Tue, 25 Nov 2025 4:00:06 PM GMT", "2025-11-25T16:00:06Z")]
    // ISO 8601 / W3CDTF
    [InlineData("2025-11-25T04:00:06Z", "2025-11-25T04:00:06Z")]
    [InlineData("2025-11-25T12:00:06+08:00", "2025-11-25T04:00:06Z")]
    [InlineData("2025-11-25T12:00:06+0800", "2025-11-25T04:00:06Z")]
    [InlineData("2025-11-24T23:00:06-05:00", "2025-11-25T04:00:06Z")]
    [InlineData("2025-11-25T04:00:06", "2025-11-25T04:00:06Z")]                  // no zone: UTC
    [InlineData("2025-11-25T04:00Z", "2025-11-25T04:00:00Z")]                    // no seconds
    [InlineData("2025-11-25T04:00+01:00", "2025-11-25T03:00:00Z")]
    [InlineData("2025-11-25", "2025-11-25T00:00:00Z")]                           // date only
    [InlineData("2025-11", "2025-11-01T00:00:00Z")]
    [InlineData("2025", "2025-01-01T00:00:00Z")]
    [InlineData("2025-11-25 04:00:06", "2025-11-25T04:00:06Z")]                  // space separator
    [InlineData("2025-11-25 04:00:06 +0000", "2025-11-25T04:00:06Z")]
    [InlineData("20251125T040006Z", "2025-11-25T04:00:06Z")]                     // basic format
    [InlineData("2025-11-25t04:00:06z", "2025-11-25T04:00:06Z")]
    public void TryParse_KnownForm_ReturnsUtcInstant(string text, string expected)
    {
        Assert.True(FeedDate.TryParse(text, out var value), text);
        Assert.Equal(TimeSpan.Zero, value.Offset);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParse_FractionalSeconds_KeepsSubsecondTicks()
    {
        Assert.True(FeedDate.TryParse("2025-11-25T04:00:06.1234567Z", out var value));
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 4, 0, 6, TimeSpan.Zero).AddTicks(1_234_567), value);
        Assert.True(FeedDate.TryParse("2025-11-25T04:00:06.5+01:00", out var half));
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 3, 0, 6, 500, TimeSpan.Zero), half);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("Tue, 32 Nov 2025 04:00:06 GMT")]   // no such day
    [InlineData("Sat, 29 Feb 2025 04:00:06 GMT")]   // not a leap year
    [InlineData("Tue, 25 Nov 2025 25:00:06 GMT")]   // no such hour
    [InlineData("Tue, 25 Foo 2025 04:00:06 GMT")]   // no such month
    [InlineData("Tue, 25 Nov 2025 04:00:06 XYZ")]   // unknown zone: hours off would be a made-up date
    [InlineData("Tue, 25 Nov 2025 04:00:06 +2500")] // impossible offset
    [InlineData("2025-13-01")]
    [InlineData("2025-11-25T04:00:06 garbage")]
    [InlineData("25 Nov")]                          // no year
    [InlineData("04:00:06")]                        // time only
    public void TryParse_UnreadableText_ReturnsFalseAndNullFromParse(string? text)
    {
        Assert.False(FeedDate.TryParse(text, out _));
        Assert.Null(FeedDate.Parse(text));
    }
}

namespace Dashboard.Tests.Overview;

/// <summary>
/// The hand-counted data set of the query tests, at <see cref="Now"/> = 2025-11-24 12:00 UTC (24h window:
/// [11-23 12:00, 11-24 12:00)). In topic us-china and the window: ids 1–6 — china 1, 2, 6; us 3, 4; unclassified 5;
/// outlets xinhua (1, 6), "China Daily" (2), nytimes (3, 4), "Unknown Gazette" (5). Outside: 7 (1 ms too early),
/// 8 (at now: the window's end is exclusive), 9 (other topic only).
/// </summary>
internal static class OverviewDataSet
{
    public static readonly DateTime Now = OverviewTestData.Utc("2025-11-24T12:00:00Z");

    public static readonly Row[] Rows =
    [
        new(1, Now.AddMinutes(-10), "china", "xinhua", "新华网", "Xi talks with Trump over phone", "北京 readout of the call"),
        new(2, Now.AddMinutes(-12), "china", null, "China Daily", "Trade deal is 100% fair, says ministry", null),
        new(3, Now.AddMinutes(-61), "us", "nytimes", "The New York Times", "Xi Presses TRUMP on Taiwan", "They agree to meet in April", "us-china", "taiwan-strait"),
        new(4, Now.AddHours(-3), "us", "nytimes", "NYT", "Tariff_rate rises again", "Markets fall"),
        new(5, Now.AddHours(-5), "unclassified", null, "Unknown Gazette", "Local story", "A 50%_off sale downtown"),
        new(6, Now.AddHours(-24), "china", "xinhua", "Xinhua", "Window start", null),
        new(7, Now.AddHours(-24).AddMilliseconds(-1), "china", "xinhua", "Xinhua", "Too old", null),
        new(8, Now, "us", "nytimes", "The New York Times", "At now", null),
        new(9, Now.AddHours(-2), "japan", "kyodo", "Kyodo News", "Taiwan only", "Japan China row", "taiwan-strait"),
    ];
}

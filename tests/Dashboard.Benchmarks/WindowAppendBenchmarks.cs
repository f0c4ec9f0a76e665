using BenchmarkDotNet.Attributes;
using Dashboard.Search;

namespace Dashboard.Benchmarks;

/// <summary>
/// What keeping the search window costs a commit: appending 10,000 articles shaped like <see cref="IngestBenchmarks"/>'
/// (headline ≈ 65 and snippet ≈ 80 characters, two topics) to fresh segments, with no database.
/// </summary>
[MemoryDiagnoser]
public class WindowAppendBenchmarks
{
    private const int Count = 10_000;
    private static readonly string[] Topics = ["us-china", "taiwan-strait"];

    [Benchmark]
    public int Append()
    {
        var tables = new WindowTables();
        var segment = new WindowSegment(tables);
        var appended = 0;
        for (var i = 0; i < Count; i++)
        {
            if (segment.IsFull)
            {
                segment.Seal();
                segment = new WindowSegment(tables);
            }
            segment.Append(i + 1, 1_764_000_000_000 + i, "us", "nytimes", "The New York Times", null,
                $"Xi presses Trump on Taiwan as they agree to meet in April ({i})",
                "Xi presses Trump on Taiwan as they agree to meet in April. The New York Times", Topics);
            appended++;
        }
        return appended;
    }
}

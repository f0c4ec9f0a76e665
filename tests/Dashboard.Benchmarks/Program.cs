using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// --generate-overview-data [path]: only create (or check) the 1,000,000-article overview database.
if (args is ["--generate-overview-data", ..])
{
    Dashboard.Benchmarks.OverviewDataGenerator.Ensure(args.Length > 1 ? args[1] : null, Console.Out);
    return 0;
}
// --measure-html [app-executable]: first HTML response size and time to first byte of the overview (see OverviewHtmlMeasurement).
if (args is ["--measure-html", ..])
    return await Dashboard.Benchmarks.OverviewHtmlMeasurement.RunAsync(args[1..]);
// --measure-card-latency [app-executable] [--gaps MIN-MAX]: commit → card in the DOM, in chromium (see CardLatencyMeasurement).
if (args is ["--measure-card-latency", ..])
    return await Dashboard.Benchmarks.CardLatencyMeasurement.RunAsync(args[1..]);

// In-process, as every figure in docs/benchmarks.md was measured: the app's own build, no separate generated project.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Dashboard.Benchmarks.ParserBenchmarks).Assembly).Run(args, config);
return 0;

using Dashboard;
using Dashboard.Api;
using Dashboard.Classifying;
using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Demo;
using Dashboard.Feeds.Cli;
using Dashboard.Fetching;
using Dashboard.Ingestion;
using Dashboard.Overview;
using Dashboard.Live;
using Dashboard.Rendering;
using Dashboard.Storage;
using Microsoft.Extensions.Options;

// `inspect <file-or-url>` parses one feed and exits: no web host, no database.
if (args is ["inspect", .. var inspectArgs])
    return await InspectCommand.RunAsync(inspectArgs, Console.Out, Console.Error);

var demo = args.Contains("--demo");
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args.Where(a => a != "--demo").ToArray(),
        ContentRootPath = ContentRoot.Resolve(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
    });
    builder.WebHost.UseStaticWebAssets(); // libraries' _content/ files when run from a build, not only in Development

    // From the validated options, so a bad Demo:OriginalDates is reported like any other key.
    builder.Services.AddSingleton(provider =>
        new AppMode(demo, demo && provider.GetRequiredService<IOptions<DashboardOptions>>().Value.Demo.OriginalDates));
    builder.Services.AddDashboardConfiguration(builder.Configuration);
    builder.Services.AddStorage(demo);
    builder.Services.AddFetching();
    builder.Services.AddClassification();
    builder.Services.AddIngestion();
    builder.Services.AddLive();
    builder.Services.AddOverview();
    builder.Services.AddAnalysis();
    builder.Services.AddRendering();
    if (demo) builder.Services.AddDemo();
    builder.Services.AddDashboardUi();

    var app = builder.Build();
    await DatabaseStartup.InitializeAsync(app.Services);
    app.UseResponseCompression();
    app.UseAntiforgery();
    app.MapStaticAssets();
    app.MapHealthChecks("/healthz");
    app.MapArticleApi();
    app.MapFeedApi();
    app.MapAnalysisApi();
    app.MapDigestApi();
    app.MapRenderApi();
    app.MapLive();
    if (demo) app.MapDemoFeeds();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (ConfigurationErrorFormatter.TryDescribe(e) is { } problem)
{
    Console.Error.WriteLine("config: " + problem);
    return 1;
}

public partial class Program;

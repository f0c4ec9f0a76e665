using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Runtime.CompilerServices;
using Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Configuration;

/// <summary>Finds the repository (the directory holding Dashboard.sln) and its shipped appsettings.json.</summary>
internal static class RepositoryRoot
{
    public static string Path => FindFrom(AppContext.BaseDirectory)
        // Builds with --artifacts-path put the binaries outside the repository; this file's own
        // compile-time location is inside it.
        ?? FindFrom(ThisFile())
        ?? throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);

    public static string AppSettingsPath => System.IO.Path.Combine(Path, "appsettings.json");

    public static IConfigurationRoot LoadConfiguration() =>
        new ConfigurationBuilder().AddJsonFile(AppSettingsPath, optional: false, reloadOnChange: false).Build();

    /// <summary>The shipped options, bound the way the app binds them, before validation.</summary>
    public static DashboardOptions BindShippedOptions()
    {
        var options = new DashboardOptions();
        LoadConfiguration().Bind(options);
        return options;
    }

    /// <summary>The shipped options through the app's registration (throws if they do not validate).</summary>
    public static DashboardOptions ShippedOptions()
    {
        var services = new ServiceCollection().AddDashboardConfiguration(LoadConfiguration());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DashboardOptions>>().Value;
    }

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dashboard.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}

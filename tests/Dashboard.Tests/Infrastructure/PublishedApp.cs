using Dashboard.Tests.Configuration;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// `dotnet publish src/Dashboard -c Release`, once per test run, into a temporary folder: the app as an operator
/// deploys it (precompressed, fingerprinted assets served as immutable). Started with `dotnet Dashboard.dll`.
/// </summary>
internal static class PublishedApp
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    /// <summary>The publish folder (published on first use).</summary>
    public static Task<string> FolderAsync() => Folder.Value;

    /// <summary>Starts the published app from <paramref name="workingDirectory"/> (any folder: it finds its own content).</summary>
    public static async Task<AppProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        await AppProcess.StartExecutableAsync("dotnet", workingDirectory, environment, [Path.Combine(await FolderAsync(), "Dashboard.dll"), .. args]);

    private static async Task<string> PublishAsync()
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-publish-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } };
        var (code, stdout, stderr) = await Dotnet.RunAsync(RepositoryRoot.Path, "publish", "src/Dashboard", "-c", "Release", "-o", folder, "--nologo");
        if (code != 0) throw new InvalidOperationException($"dotnet publish failed:\n{stdout}\n{stderr}");
        return folder;
    }
}

namespace Dashboard;

/// <summary>
/// Where the app finds appsettings.json, wwwroot/ and data/. From the repository root (README's command, the tests)
/// that is the working directory; a published app started from any other folder (<c>dotnet out/Dashboard.dll</c>)
/// uses its own folder, which carries both.
/// </summary>
public static class ContentRoot
{
    public static string Resolve(string workingDirectory, string appDirectory) =>
        File.Exists(Path.Combine(workingDirectory, "appsettings.json")) || !File.Exists(Path.Combine(appDirectory, "appsettings.json"))
            ? workingDirectory
            : appDirectory;
}

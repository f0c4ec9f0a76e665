using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Configuration;
using Dashboard.Tests.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Tests.App;

/// <summary>
/// The real app (Program) in-process on a test server, with the repository root as content root and a
/// configuration of the test's own: loopback feeds only, a temp database, so nothing reaches the internet.
/// </summary>
public sealed class DashboardAppFactory(DashboardOptions options) : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("dashboard-app-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        options.Storage.DatabasePath = Path.Combine(_dataDir, "dashboard.db");
        var json = JsonSerializer.SerializeToUtf8Bytes(options, new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } });
        builder.UseContentRoot(RepositoryRoot.Path);
        builder.ConfigureAppConfiguration(config =>
        {
            config.Sources.Clear();
            config.AddJsonStream(new MemoryStream(json));
            // Warnings only: request and SQL traces of ~100 app tests would bury a failure's message in CI's output.
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

namespace Dashboard.Storage;

/// <summary>The SQLite file in use: the configured one, or the demo one under --demo.</summary>
public sealed record DatabasePath(string FullPath)
{
    public static DatabasePath Resolve(string configured, string contentRoot) =>
        new(Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured)));

    public string ConnectionString => $"Data Source={FullPath};Cache=Shared;Pooling=True;Default Timeout=30";
}

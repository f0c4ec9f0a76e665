using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port, so tests fetch feeds over real HTTP without the internet.
/// Register what each path answers with <see cref="Map"/> (replaceable at any time, e.g. to turn a feed into a 500
/// mid-test); every request is counted and its headers recorded per path. Unmapped paths answer 404.
/// </summary>
/// <example>
/// <code>
/// await using var server = await LoopbackFeedServer.StartAsync();
/// server.MapContent("/feed.xml", rssXml);
/// var result = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed.xml"), null, null), ct);
/// Assert.Equal(1, server.RequestCount("/feed.xml"));
/// </code>
/// </example>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<IHeaderDictionary>> _requests = new(StringComparer.Ordinal);

    private readonly string _contentRoot;

    private LoopbackFeedServer(WebApplication app, string contentRoot)
    {
        _app = app;
        _contentRoot = contentRoot;
    }

    /// <summary>Root URL of the server, e.g. http://127.0.0.1:41234/ (always ends with '/').</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>
    /// Starts a server. <paramref name="configureBuilder"/> may register services (e.g. for endpoints the app maps);
    /// <paramref name="configureApp"/> may map endpoints, which are answered before the <see cref="Map"/> handlers.
    /// </summary>
    public static async Task<LoopbackFeedServer> StartAsync(
        Action<WebApplicationBuilder>? configureBuilder = null, Action<WebApplication>? configureApp = null)
    {
        // An empty content root: the app's appsettings.json next to the tests must not configure this server.
        var contentRoot = Directory.CreateTempSubdirectory("loopback-").FullName;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = contentRoot });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // Handlers that stream until the client goes away should not hold a test's dispose for the default 30 s.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        configureBuilder?.Invoke(builder);
        var app = builder.Build();

        var server = new LoopbackFeedServer(app, contentRoot);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            server.Record(path, context.Request.Headers);
            if (context.GetEndpoint() is not null)
                await next(context);
            else if (server._handlers.TryGetValue(path, out var handler))
                await handler(context);
            else
                context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        configureApp?.Invoke(app);

        await app.StartAsync();
        server.BaseUrl = new Uri($"http://127.0.0.1:{new Uri(app.Urls.First()).Port}/");
        return server;
    }

    /// <summary>Absolute URL of <paramref name="pathAndQuery"/> on this server ("/feed.xml", "feed.xml?x=1").</summary>
    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    /// <summary>Answers requests to <paramref name="path"/> (exact match, query ignored) with <paramref name="handler"/>, replacing any previous one.</summary>
    public LoopbackFeedServer Map(string path, Func<HttpContext, Task> handler)
    {
        _handlers[Normalize(path)] = handler;
        return this;
    }

    /// <summary>Answers <paramref name="path"/> with a fixed 200 body.</summary>
    public LoopbackFeedServer MapContent(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted);
        });

    /// <summary>How many requests reached <paramref name="path"/> (mapped or not) so far.</summary>
    public int RequestCount(string path) => _requests.TryGetValue(Normalize(path), out var list) ? list.Count : 0;

    /// <summary>Copies of the request headers of every request to <paramref name="path"/>, in arrival order.</summary>
    public IReadOnlyList<IHeaderDictionary> RequestHeaders(string path) =>
        _requests.TryGetValue(Normalize(path), out var list) ? list.ToArray() : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private void Record(string path, IHeaderDictionary headers) =>
        _requests.GetOrAdd(path, _ => new ConcurrentQueue<IHeaderDictionary>())
            .Enqueue(new HeaderDictionary(headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase)));

    private static string Normalize(string path)
    {
        var withoutQuery = path.Split('?')[0];
        return withoutQuery.StartsWith('/') ? withoutQuery : "/" + withoutQuery;
    }
}

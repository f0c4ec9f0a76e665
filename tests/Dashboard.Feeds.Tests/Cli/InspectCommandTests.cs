using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Feeds.Cli;

namespace Dashboard.Feeds.Tests.Cli;

public sealed class InspectCommandTests
{
    private static readonly string GoogleFixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "google-news-us-china.xml");

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await InspectCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task RunAsync_FeedFile_PrintsDocumentedJson()
    {
        var (exit, stdout, stderr) = await Run(GoogleFixture);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(["format", "title", "link", "entries"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rss20", root.GetProperty("format").GetString());
        Assert.Equal("\"US China\" - Google News", root.GetProperty("title").GetString());
        var entries = root.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(20, entries.Length);
        var first = entries[0];
        Assert.Equal(["title", "link", "id", "published", "updated", "summary", "author", "source"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-11-25T03:53:00Z", first.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("updated").ValueKind);
        Assert.Equal("Japan Wire by KYODO NEWS", first.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("https://english.kyodonews.net", first.GetProperty("source").GetProperty("url").GetString());
        foreach (var entry in entries)
            Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"), entry.GetProperty("published").GetString());
        Assert.Contains("\"name\": \"新华网\"", stdout); // indented, and non-ASCII not escaped
    }

    [Fact]
    public async Task RunAsync_FeedWithoutSource_SourceIsNull()
    {
        var path = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><entry><title>E</title><updated>2025-11-25T04:00:06.789+00:00</updated></entry></feed>");
        try
        {
            var (exit, stdout, _) = await Run(path);
            Assert.Equal(0, exit);
            var entry = JsonDocument.Parse(stdout).RootElement.GetProperty("entries")[0];
            Assert.Equal("atom10", JsonDocument.Parse(stdout).RootElement.GetProperty("format").GetString());
            Assert.Equal(JsonValueKind.Null, entry.GetProperty("source").ValueKind);
            Assert.Equal("2025-11-25T04:00:06Z", entry.GetProperty("updated").GetString()); // no fractional part
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_HtmlFile_Exit2WithOneStderrLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, "<html><head><title>Not a feed</title></head><body></body></html>");
        try
        {
            var (exit, stdout, stderr) = await Run(path);
            Assert.Equal(2, exit);
            Assert.Equal("", stdout);
            Assert.Equal("inspect: parse: not a feed (root element <html>) (line 1:2)" + Environment.NewLine, stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_MissingFile_Exit2WithOneStderrLine()
    {
        var (exit, stdout, stderr) = await Run("/nonexistent/feed.xml");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("inspect: read: file not found: /nonexistent/feed.xml" + Environment.NewLine, stderr);
    }

    [Theory]
    [InlineData]
    [InlineData("a.xml", "b.xml")]
    public async Task RunAsync_WrongArgumentCount_Exit2WithUsage(params string[] args)
    {
        var (exit, _, stderr) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("inspect: usage: inspect <file-or-url>" + Environment.NewLine, stderr);
    }

    [Fact]
    public async Task RunAsync_MalformedUrl_Exit2()
    {
        var (exit, stdout, stderr) = await Run("http://exa mple.com:99999/feed");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("inspect: fetch: invalid URL: http://exa mple.com:99999/feed" + Environment.NewLine, stderr);
    }

    [Fact]
    public async Task RunAsync_UnsupportedScheme_Exit2()
    {
        var (exit, _, stderr) = await Run("ftp://example.com/feed.xml");
        Assert.Equal(2, exit);
        Assert.StartsWith("inspect: fetch: unsupported URL scheme 'ftp'", stderr);
    }

    [Fact]
    public async Task RunAsync_LoopbackUrl_FetchesWithUserAgentAndParses()
    {
        var body = await File.ReadAllBytesAsync(GoogleFixture);
        using var server = new LoopbackServer(200, body);
        var (exit, stdout, stderr) = await Run(server.Url + "feed.xml");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(20, JsonDocument.Parse(stdout).RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal("Dashboard-inspect", server.LastUserAgent);
    }

    [Fact]
    public async Task RunAsync_HttpError_Exit2WithStatus()
    {
        using var server = new LoopbackServer(404, "gone"u8.ToArray());
        var (exit, stdout, stderr) = await Run(server.Url + "feed.xml");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("inspect: fetch: HTTP 404", stderr);
        Assert.Single(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A one-route HTTP server on 127.0.0.1: tests never touch the internet.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public LoopbackServer(int status, byte[] body)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception) when (!_listener.IsListening)
                    {
                        return;
                    }
                    LastUserAgent = context.Request.UserAgent;
                    context.Response.StatusCode = status;
                    context.Response.ContentType = "application/rss+xml; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }
        public string? LastUserAgent { get; private set; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}

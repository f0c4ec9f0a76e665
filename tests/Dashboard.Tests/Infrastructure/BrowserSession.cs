using Dashboard.Tests.Configuration;
using Microsoft.Playwright;

namespace Dashboard.Tests.Infrastructure;

/// <summary>
/// Debian's chromium driven by Playwright (never a downloaded browser). Every console error, page error
/// and HTTP response ≥ 400 is recorded, so a test can fail on any of them.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _problems = [];
    // Main-frame loads (and fetches) aborted (net::ERR_ABORTED) and main-frame loads answered < 400, in order: Chromium can
    // abort a history navigation's first request and load the same URL again; only an abort no later load made good is a problem.
    private readonly List<(int Seq, string Url)> _abortedLoads = [];
    private readonly List<(int Seq, string Url)> _goodLoads = [];
    private int _seq;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Watch(page);
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) => { if (message.Type == "error") Record($"console error: {message.Text}"); };
        page.PageError += (_, error) => Record($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Record($"HTTP {response.Status}: {response.Url}");
            else if (IsMainFrameLoad(page, response.Request)) lock (_problems) _goodLoads.Add((++_seq, response.Url));
        };
        page.RequestFailed += (_, request) =>
        {
            // Blazor's enhanced navigation may also fetch the page a history navigation then loads in full: that
            // fetch is aborted with the document it ran in, and counts like an aborted load of that URL.
            if (request.Failure == "net::ERR_ABORTED" && (IsMainFrameLoad(page, request) || request.ResourceType == "fetch"))
                lock (_problems) _abortedLoads.Add((++_seq, request.Url));
            else Record($"request failed: {request.Url} ({request.Failure}, {request.ResourceType})");
        };
    }

    private static bool IsMainFrameLoad(IPage page, IRequest request) =>
        request.IsNavigationRequest && request.Frame == page.MainFrame;

    /// <summary>Another tab of the same browser context (same cache and cookies), watched like the first.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Page.Context.NewPageAsync();
        Watch(page);
        return page;
    }

    public IPage Page { get; }

    /// <summary>Console errors, page errors, failed requests and 4xx/5xx responses seen so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
                return
                [
                    .. _problems,
                    .. _abortedLoads.Where(a => !_goodLoads.Any(g => g.Url == a.Url && g.Seq > a.Seq))
                        .Select(a => $"request failed: {a.Url} (net::ERR_ABORTED, not loaded again)"),
                ];
        }
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("DASHBOARD_CHROMIUM") ?? "/usr/bin/chromium";

    /// <param name="phone">Emulate a phone: mobile viewport meta handling, touch events, a 3× device pixel ratio.</param>
    public static async Task<BrowserSession> StartAsync(int width = 1920, int height = 1080, bool phone = false)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"browser tests need Debian's chromium at {ChromiumPath}: run tests/run-tests.sh, which installs it");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
        // A context of our own (not the page's implicit one), so further tabs share its cache and cookies.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 3 : 1,
        });
        return new BrowserSession(playwright, browser, await context.NewPageAsync());
    }

    /// <summary>
    /// Clicks until <paramref name="condition"/> (a JS expression) holds: a click can race the first interactive
    /// render after prerendering, or a live redraw of a chart; the condition, not the click, is what is tested.
    /// </summary>
    public async Task ClickUntilAsync(Func<Task> click, string condition, int attempts = 8)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The element may be replaced by that very render ("not attached to the DOM"): try again.
            try { await click(); }
            catch (PlaywrightException) when (attempt < attempts) { await Task.Delay(250); continue; }
            try
            {
                await Page.WaitForFunctionAsync($"() => {condition}", null, new() { Timeout = 3000 });
                return;
            }
            catch (TimeoutException) when (attempt < attempts) { }
            catch (TimeoutException e)
            {
                var shot = await ScreenshotAsync(RepositoryRoot.Path, "failed-click");
                throw new TimeoutException($"{attempts} clicks, still not `{condition}`; page {Page.Url}, screenshot {shot}", e);
            }
        }
    }

    /// <summary>
    /// A point that is really on the element (<paramref name="element"/> is a JS expression), scrolled into view: a ring's
    /// or a thin bar's bounding-box centre may be off it. Found afresh on each call, as live updates redraw charts.
    /// </summary>
    public async Task<(float X, float Y)> PointInsideAsync(string element)
    {
        var point = await Page.EvaluateAsync<float[]?>($$"""
            () => {
              const target = {{element}};
              if (!target) return null;
              target.scrollIntoView({ block: "center" }); // elementFromPoint sees only what is in the viewport
              const box = target.getBoundingClientRect();
              const inside = [];
              // A bar drawn as a stroked line has a zero-width box: search around it by half its stroke.
              const pad = parseFloat(target.getAttribute('stroke-width') || '0') / 2;
              for (let y = box.top - pad + 1; y < box.bottom + pad; y += 2)
                for (let x = box.left - pad + 1; x < box.right + pad; x += 2)
                  if (document.elementFromPoint(x, y) === target) inside.push([x, y]);
              return inside.length ? inside[Math.floor(inside.length / 2)] : null; // well inside, not on an edge
            }
            """);
        if (point is { Length: 2 }) return (point[0], point[1]);
        var shot = await ScreenshotAsync(RepositoryRoot.Path, "failed-point");
        throw new PlaywrightException($"no point of `{element}` is visible; screenshot {shot}");
    }

    /// <summary>Saves a PNG under artifacts/screenshots of the repository (kept by the test run).</summary>
    public async Task<string> ScreenshotAsync(string repositoryRoot, string name)
    {
        var dir = Path.Combine(repositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        return path;
    }

    private void Record(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Components;
using Dashboard.Configuration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Dashboard.Tests.Demo;

namespace Dashboard.Tests.Components;

/// <summary>Renders a component to HTML with Blazor's HtmlRenderer (static, like prerendering) and parses it with AngleSharp.</summary>
internal static class ComponentRenderer
{
    public static readonly DateTime Now = new(2025, 11, 25, 4, 0, 0, DateTimeKind.Utc);

    /// <param name="configure">More services (e.g. a test database's queries); runs after the defaults, so it can add to their options.</param>
    public static async Task<IDocument> RenderAsync<TComponent>(Dictionary<string, object?> parameters, Action<IServiceCollection>? configure = null) where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<DashboardOptions>(o => o.Perspectives =
        [
            new() { Id = "us", Name = "United States", Color = "#0072B2" },
            new() { Id = "china", Name = "China", Color = "#D55E00" },
        ]);
        services.AddSingleton<PerspectiveCatalog>();
        services.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(Now)));
        configure?.Invoke(services);
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return new HtmlParser().ParseDocument(html);
    }
}

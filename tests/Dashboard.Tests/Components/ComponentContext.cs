using Bunit;
using Dashboard.Components;
using Dashboard.Configuration;
using Dashboard.Tests.Demo;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Components;

/// <summary>
/// A bunit context with what every component here needs: MudBlazor's services, loose JS interop (MudBlazor and our
/// components call JS the tests do not provide), two perspectives (us, china) and a clock standing at <see cref="Now"/>.
/// Owned rather than inherited: BunitContext's synchronous Dispose fails on MudBlazor's IAsyncDisposable-only
/// services, so test classes dispose it in IAsyncLifetime.DisposeAsync.
/// </summary>
internal sealed class ComponentContext : IAsyncDisposable
{
    public static readonly DateTime Now = new(2025, 11, 25, 4, 0, 0, DateTimeKind.Utc);

    public static readonly PerspectiveOptions Us = new() { Id = "us", Name = "United States", Color = "#0072B2" };
    public static readonly PerspectiveOptions China = new() { Id = "china", Name = "China", Color = "#D55E00" };

    private readonly BunitContext _context = new();

    public ComponentContext()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddLogging();
        _context.Services.Configure<DashboardOptions>(o => o.Perspectives = [Us, China]);
        _context.Services.AddSingleton<PerspectiveCatalog>();
        _context.Services.AddSingleton<TimeProvider>(Clock);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(Now));

    /// <summary>More services (a test database's queries, more options); add them before the first render.</summary>
    public IServiceCollection Services => _context.Services;

    /// <summary>A service as the components get it (e.g. a notifier to publish to).</summary>
    public T Get<T>() where T : notnull => _context.Services.GetRequiredService<T>();

    public IRenderedComponent<TComponent> Render<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent => _context.Render(parameters);

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}

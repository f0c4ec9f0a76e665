using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Components;

public static class UiServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Headlines and outlets in Chinese, Japanese or Korean stay readable in the HTML (still encoded where HTML needs it).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            o.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        // The first HTML response compressed too (static assets are precompressed by MapStaticAssets).
        services.AddResponseCompression(o => o.MimeTypes = ["text/html", "application/json", "text/markdown", "image/svg+xml", "text/csv"]);
        services.AddSingleton<PerspectiveCatalog>();
        return services;
    }
}

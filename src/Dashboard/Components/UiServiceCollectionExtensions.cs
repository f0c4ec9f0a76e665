using System.IO.Compression;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.ResponseCompression;
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
        // Pages and API answers compressed too. Our static assets come precompressed from MapStaticAssets (and pass
        // through untouched); MudBlazor's fingerprinted files have no precompressed variant, so they are compressed here,
        // once per browser: they are cached as immutable.
        services.AddResponseCompression(o => o.MimeTypes =
            ["text/html", "application/json", "text/markdown", "image/svg+xml", "text/csv", "text/css", "text/javascript", "application/javascript"]);
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<PerspectiveCatalog>();
        return services;
    }
}

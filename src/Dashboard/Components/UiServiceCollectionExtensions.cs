using System.Text.Encodings.Web;
using System.Text.Unicode;
using Radzen;

namespace Dashboard.Components;

public static class UiServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Headlines and outlets in Chinese, Japanese or Korean stay readable in the HTML (still encoded where HTML needs it).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRadzenComponents();
        services.AddSingleton<PerspectiveCatalog>();
        return services;
    }
}

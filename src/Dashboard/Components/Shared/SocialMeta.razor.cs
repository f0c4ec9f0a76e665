using Dashboard.Rendering;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Shared;

/// <summary>
/// The Open Graph and Twitter card tags of the requested page (see <see cref="SocialCards"/>). Placed once in App.razor's
/// head without a render mode, so it renders on the server into the response crawlers read; NavigationManager gives the
/// request's URL there.
/// </summary>
public partial class SocialMeta
{
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private SocialCards Cards { get; set; } = null!;
    [CascadingParameter] private HttpContext? Http { get; set; }

    private SocialCard? _card;

    protected override async Task OnInitializedAsync() => _card = await Cards.ForAsync(Nav.Uri, Nav.BaseUri, Http?.RequestAborted ?? default);
}

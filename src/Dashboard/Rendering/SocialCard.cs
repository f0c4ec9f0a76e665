namespace Dashboard.Rendering;

/// <summary>
/// What a shared link unfurls to in chat apps: the Open Graph and Twitter card values of one page. Plain text and
/// absolute URLs; the component that writes the tags attribute-encodes them.
/// </summary>
public sealed record SocialCard(string Title, string Description, string Url, string ImageUrl, string ImageAlt)
{
    public const string SiteName = "Dashboard";
    public const string Type = "website";
    public const string TwitterCard = "summary_large_image";
    public const string ImageType = "image/png";
    public const int ImageWidth = ChartLook.DefaultWidth, ImageHeight = ChartLook.DefaultHeight;
}

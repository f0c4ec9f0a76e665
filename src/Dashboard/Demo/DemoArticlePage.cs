using System.Net;
using System.Text;

namespace Dashboard.Demo;

/// <summary>The plain HTML page a demo article's link opens: the seed text, encoded, nothing else.</summary>
internal static class DemoArticlePage
{
    public static string Render(DemoArticle article)
    {
        var title = WebUtility.HtmlEncode(article.Title);
        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n</head>\n<body>\n<article>\n")
            .Append("<h1>").Append(title).Append("</h1>\n");
        foreach (var paragraph in article.Paragraphs)
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        return html.Append("</article>\n</body>\n</html>\n").ToString();
    }
}

using Dashboard.Classifying;

namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    private static List<string> CheckPerspectives(List<PerspectiveOptions> perspectives, ConfigurationProblems problems)
    {
        if (perspectives.Count == 0)
            problems.Add("Perspectives", "no perspectives configured (at least one is needed to compare coverage)");

        var ids = CheckIdentities("Perspectives", perspectives, p => p.Id, p => p.Name, problems);
        for (var i = 0; i < perspectives.Count; i++)
        {
            var path = $"Perspectives:{i}";
            var perspective = perspectives[i];
            // "unclassified" is what the classifier answers when nothing matched; a perspective of that
            // name would make the two indistinguishable.
            if (string.Equals(perspective.Id, Classification.UnclassifiedId, StringComparison.OrdinalIgnoreCase))
                problems.Add($"{path}:Id", $"'{perspective.Id}' is reserved for articles without a perspective");
            if (problems.Require($"{path}:Color", perspective.Color) && !ConfigurationFormats.IsHexColour(perspective.Color))
                problems.Add($"{path}:Color", $"invalid colour '{perspective.Color}' (use #rgb or #rrggbb)");
        }
        return ids;
    }
}

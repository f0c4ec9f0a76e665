namespace Dashboard.Configuration;

public sealed partial class DashboardOptionsValidator
{
    private static List<string> CheckTopics(List<TopicOptions> topics, ConfigurationProblems problems)
    {
        var ids = CheckIdentities("Topics", topics, t => t.Id, t => t.Name, problems);
        for (var i = 0; i < topics.Count; i++)
        {
            var keywords = topics[i].Keywords;
            for (var k = 0; k < keywords.Count; k++)
            {
                var path = $"Topics:{i}:Keywords:{k}";
                // An empty phrase would match nothing (or, compiled naively, everything).
                if (string.IsNullOrWhiteSpace(keywords[k]))
                    problems.Add(path, "empty keyword");
                else if (TopicKeywordSyntax.Phrases(keywords[k]).Any(string.IsNullOrEmpty))
                    problems.Add(path, $"empty phrase in '{keywords[k]}' (phrases joined by '{TopicKeywordSyntax.Conjunction}' must all be non-empty)");
            }
        }
        return ids;
    }
}

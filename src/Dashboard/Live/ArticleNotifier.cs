namespace Dashboard.Live;

/// <summary>
/// Committed articles. Publish is called only after the transaction commits, so a subscriber never sees an
/// article that a rollback removed.
/// </summary>
public sealed class ArticleNotifier(ILogger<ArticleNotifier> logger) : Notifier<ArticlesAdded>(logger)
{
    public override void Publish(ArticlesAdded added)
    {
        if (added.Articles.Count > 0) base.Publish(added);
    }
}

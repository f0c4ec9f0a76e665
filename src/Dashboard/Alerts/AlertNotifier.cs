using Dashboard.Live;

namespace Dashboard.Alerts;

/// <summary>Newly raised spike alerts (an hour's later re-evaluations update the stored alert silently).</summary>
public sealed class AlertNotifier(ILogger<AlertNotifier> logger) : Notifier<AlertSummary>(logger);

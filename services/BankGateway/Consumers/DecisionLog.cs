namespace Concord.BankGateway.Consumers;

internal static partial class DecisionLog
{
    /// <summary>Logs each decision that changed nothing: already decided, or not a report of this gateway's bank.</summary>
    public static void NotApplied(ILogger logger, string decision, IEnumerable<(Guid ReportId, string ConcordReference)> decisions, IReadOnlyCollection<Guid> applied)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var changed = applied.ToHashSet();
        foreach (var (reportId, concordReference) in decisions)
        {
            if (!changed.Contains(reportId))
            {
                LogNotApplied(logger, decision, concordReference);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Decision} of {ConcordReference} changed nothing (already decided, or not a report of this gateway)")]
    private static partial void LogNotApplied(ILogger logger, string decision, string concordReference);
}

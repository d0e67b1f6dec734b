using Concord.Fiu.Domain;

namespace Concord.Fiu.Matching;

/// <summary>Node ids of a report network: readable, unique within it, and the same from one request to the next.</summary>
internal static class NetworkIds
{
    public static string Report(ReceivedReport report) => $"report:{report.ConcordReference}";

    public static string Subject(ReceivedReport report, string localId) => $"subject:{report.ConcordReference}/{localId}";

    public static string Account(ReceivedReport report, string localId) => $"account:{report.ConcordReference}/{localId}";

    public static string Counterparty(ReceivedReport report, string path) => $"counterparty:{report.ConcordReference}/{path}";

    /// <summary>The node a link's holder is: a subject or account of the report by its local id, else a counterparty.</summary>
    public static string Holder(NetworkReport report, string holder)
    {
        if (report.Report.Subjects?.Any(s => s.LocalId == holder) ?? false)
        {
            return Subject(report.Received, holder);
        }

        return report.Report.Accounts?.Any(a => a.LocalId == holder) ?? false ? Account(report.Received, holder) : Counterparty(report.Received, holder);
    }
}

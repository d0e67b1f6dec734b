using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Matching;

/// <summary>
/// Walks the links out from a report, a level per step of depth, through reports the reader may see only, until the
/// depth or the node budget is reached. Bounded: at most <see cref="MaxNodes"/> nodes (reports, subjects, accounts,
/// counterparties) and <see cref="MaxLinksPerLevel"/> links read per level; the snapshot says when it was cut short.
/// </summary>
internal sealed class NetworkBuilder(MatchingQueries queries)
{
    public const int MaxDepth = 3;
    public const int MaxNodes = 500;
    public const int MaxLinksPerLevel = 5_000;

    /// <summary>The network around <paramref name="root"/> (already read, and audited, by the caller); every other report in it is audited as read.</summary>
    public async Task<NetworkSnapshot> BuildAsync(Reader reader, ReceivedReport root, int depth, CancellationToken cancellationToken)
    {
        var rootReport = Parse(root);
        var included = new Dictionary<Guid, NetworkReport> { [root.Id] = rootReport };
        var nodes = rootReport.NodeCost;
        var links = new Dictionary<long, ReportLink>();
        var frontier = new List<Guid> { root.Id };
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            var found = await queries.LinksOfAsync(frontier, MaxLinksPerLevel + 1, cancellationToken);
            if (found.Count > MaxLinksPerLevel)
            {
                truncated = true;
                found = found[..MaxLinksPerLevel];
            }

            found.ForEach(link => links.TryAdd(link.Id, link));
            var newIds = found.SelectMany(l => new[] { l.ReportId, l.LinkedReportId }).Where(id => !included.ContainsKey(id)).Distinct().ToList();
            frontier = [];
            // Note: every report brings at least one node, so more candidates than the nodes left could never all fit.
            var (visible, more) = await queries.VisibleReportsAsync(reader, newIds, Math.Max(0, MaxNodes - nodes), cancellationToken);
            truncated |= more;
            foreach (var candidate in visible)
            {
                var report = Parse(candidate);
                if (nodes + report.NodeCost > MaxNodes)
                {
                    truncated = true;
                    break;
                }

                nodes += report.NodeCost;
                included[candidate.Id] = report;
                frontier.Add(candidate.Id);
            }
        }

        var others = included.Values.Where(r => r.Received.Id != root.Id).ToList();
        var read = (await queries.ReadAsync(reader, others.Select(r => r.Received), cancellationToken)).Select(r => r.Id).ToHashSet();
        var reports = new List<NetworkReport> { rootReport };
        reports.AddRange(others.Where(r => read.Contains(r.Received.Id)));
        var ids = reports.Select(r => r.Received.Id).ToHashSet();
        var kept = links.Values.Where(l => ids.Contains(l.ReportId) && ids.Contains(l.LinkedReportId)).OrderBy(l => l.Id).ToList();
        return new NetworkSnapshot(rootReport, reports, kept, depth, truncated);
    }

    private static NetworkReport Parse(ReceivedReport received) =>
        new(received, JsonSerializer.Deserialize<SuspiciousActivityReport>(received.Report, ContractJson.Options)
            ?? throw new InvalidOperationException($"Report {received.ConcordReference} has no content."));
}

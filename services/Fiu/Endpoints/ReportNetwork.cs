using Concord.Fiu.Matching;

namespace Concord.Fiu.Endpoints;

/// <summary>The network around a report: its subjects, accounts and counterparties, and the reports linked to it up to a depth, with why.</summary>
/// <param name="Truncated">The node budget (<paramref name="MaxNodes"/>) or the links read per level ran out before the depth did: there is more.</param>
public sealed record ReportNetwork(string ConcordReference, int Depth, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, bool Truncated, int MaxNodes)
{
    internal static ReportNetwork From(NetworkSnapshot snapshot)
    {
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        var edges = new List<NetworkEdge>();
        foreach (var network in snapshot.Reports)
        {
            var received = network.Received;
            var report = network.Report;
            var reportNode = NetworkIds.Report(received);
            nodes[reportNode] = new NetworkNode(reportNode, "Report", $"{received.ConcordReference} ({received.FiuReference})", received.ConcordReference, received.BankOrganisationId);
            foreach (var subject in report.Subjects ?? [])
            {
                var id = NetworkIds.Subject(received, subject.LocalId);
                var label = subject.Person is { } person ? $"{person.GivenNames} {person.FamilyName}".Trim() : subject.LegalEntity?.Name ?? subject.LocalId;
                nodes.TryAdd(id, new NetworkNode(id, subject.Kind == Contracts.Filing.SubjectKind.Person ? "Person" : "LegalEntity", label, received.ConcordReference, received.BankOrganisationId));
                edges.Add(new NetworkEdge(id, reportNode, "AppearsIn"));
            }

            foreach (var account in report.Accounts ?? [])
            {
                var id = NetworkIds.Account(received, account.LocalId);
                nodes.TryAdd(id, new NetworkNode(id, "Account", account.Iban ?? $"{account.AccountNumber} at {account.InstitutionName}", received.ConcordReference, received.BankOrganisationId));
                edges.Add(new NetworkEdge(id, reportNode, "AppearsIn"));
                foreach (var holder in account.HolderSubjectIds ?? [])
                {
                    edges.Add(new NetworkEdge(NetworkIds.Subject(received, holder), id, "Holds"));
                }
            }
        }

        var byId = snapshot.Reports.ToDictionary(r => r.Received.Id);
        foreach (var link in snapshot.Links)
        {
            var from = byId[link.ReportId];
            var to = byId[link.LinkedReportId];
            var fromNode = Holder(nodes, edges, from, link.Holder, link.Display);
            var toNode = Holder(nodes, edges, to, link.LinkedHolder, link.LinkedDisplay);
            edges.Add(new NetworkEdge(fromNode, toNode, "LinkedBy", link.Kind.ToString(), link.Display, link.Score, !link.SameBank));
        }

        return new ReportNetwork(snapshot.Root.Received.ConcordReference, snapshot.Depth, [.. nodes.Values], edges, snapshot.Truncated, NetworkBuilder.MaxNodes);
    }

    /// <summary>The node of a link's holder: its subject or account, else a counterparty node made for it.</summary>
    private static string Holder(Dictionary<string, NetworkNode> nodes, List<NetworkEdge> edges, NetworkReport report, string holder, string display)
    {
        var id = NetworkIds.Holder(report, holder);
        if (!nodes.ContainsKey(id))
        {
            var received = report.Received;
            nodes[id] = new NetworkNode(id, "Counterparty", display, received.ConcordReference, received.BankOrganisationId);
            edges.Add(new NetworkEdge(id, NetworkIds.Report(received), "AppearsIn"));
        }

        return id;
    }
}

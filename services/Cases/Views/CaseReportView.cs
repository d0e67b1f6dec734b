using System.Text.Json;

namespace Concord.Cases.Views;

/// <summary>A report's details as the FIU lets the reading organisation see them, with the marking it must apply.</summary>
public sealed record CaseReportView(
    string ConcordReference, string FiuReference, string BankOrganisationId, DateTimeOffset? FiledAt, JsonElement Report, string Marking,
    DateTimeOffset? RetainUntil, IReadOnlyList<string> DisseminationReferences);

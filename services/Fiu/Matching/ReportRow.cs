using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Matching;

/// <summary>A received report as link and look-up lists show it: who filed it, when, and the envelope every read is decided on.</summary>
internal sealed record ReportRow(Guid Id, string ConcordReference, string? FiuReference, string BankOrganisationId, DateTimeOffset ReceivedAt, string? Envelope)
{
    /// <summary>Named in the audit chain as the report endpoints name it, so one report's reads are found together.</summary>
    public static readonly Readable<ReportRow> Readable = new(
        "received report",
        row => row.Envelope is null ? null : JsonSerializer.Deserialize<SharingEnvelope>(row.Envelope, ContractJson.Options),
        row => $"report:{row.ConcordReference}");
}

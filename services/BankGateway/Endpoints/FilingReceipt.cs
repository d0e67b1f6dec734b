using Concord.BankGateway.Domain;

namespace Concord.BankGateway.Endpoints;

/// <summary>The answer to a single filing: Concord's reference at once, and whether it was a replay.</summary>
public sealed record FilingReceipt(string ConcordReference, string BankReference, ReportStatus Status, DateTimeOffset FiledAt, bool Duplicate);

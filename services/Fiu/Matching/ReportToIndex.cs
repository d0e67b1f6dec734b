using Concord.Contracts.Filing;

namespace Concord.Fiu.Matching;

/// <summary>An acknowledged report, stored in the same transaction, to index and match.</summary>
public sealed record ReportToIndex(Guid ReportId, string BankOrganisationId, SuspiciousActivityReport Report);

namespace Concord.Fiu.Matching;

/// <summary>Where an identifier occurs: in which report, on which subject, account or counterparty, as written there.</summary>
internal sealed record SubjectOccurrenceRow(ReportRow Report, string Holder, HolderKind HolderKind, string Display);

namespace Concord.Fiu.Matching;

/// <summary>An occurrence of a key in the index, from an earlier report, with the bank that filed it.</summary>
internal sealed record EarlierIdentifier(Guid ReportId, string Holder, string Display, string? Name, string BankOrganisationId);

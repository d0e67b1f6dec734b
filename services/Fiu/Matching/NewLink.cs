namespace Concord.Fiu.Matching;

/// <summary>A link found while indexing, to be inserted.</summary>
internal sealed record NewLink(
    Guid ReportId, Guid LinkedReportId, IdentifierKind Kind, string Value, string Display, string LinkedDisplay,
    string Holder, string LinkedHolder, double? Score, bool SameBank, DateTimeOffset LinkedAt);

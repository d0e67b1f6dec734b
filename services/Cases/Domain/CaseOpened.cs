namespace Concord.Cases.Domain;

public sealed record CaseOpened : CaseEvent
{
    public required Guid CaseId { get; init; }

    public required string Title { get; init; }

    public required string CaseType { get; init; }

    public required Guid AgreementId { get; init; }

    public required string AgreementCode { get; init; }

    /// <summary>The reference members quote (null in cases opened before references existed).</summary>
    public string? Reference { get; init; }
}

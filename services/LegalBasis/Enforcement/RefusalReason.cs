namespace Concord.LegalBasis.Enforcement;

/// <summary>One deny reason, by its stable code (e.g. <c>purpose-not-covered</c>) and its sentence.</summary>
public sealed record RefusalReason
{
    public required string Code { get; init; }

    public required string Description { get; init; }
}

namespace Concord.Contracts.Filing;

/// <summary>One field-level problem: the JSON path of the field, a stable code and a human-readable message.</summary>
public sealed record FieldError
{
    public required string Path { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }
}

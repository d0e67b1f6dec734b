namespace Concord.Contracts.Filing;

public sealed record Phone
{
    /// <summary>Mobile, Landline, Business, …</summary>
    public string? Type { get; init; }

    /// <summary>The number, preferably in E.164 form (+441632960961).</summary>
    public required string Number { get; init; }
}

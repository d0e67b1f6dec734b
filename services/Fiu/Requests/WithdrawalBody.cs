namespace Concord.Fiu.Requests;

/// <summary>The body of <c>POST /api/v1/information-requests/{reference}/withdraw</c>: why, optionally.</summary>
public sealed record WithdrawalBody
{
    public string? Reason { get; init; }
}

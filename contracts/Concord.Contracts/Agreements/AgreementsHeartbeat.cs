namespace Concord.Contracts.Agreements;

/// <summary>
/// Published by the Agreements service at a fixed interval: "as of <see cref="At"/>, my latest change is
/// <see cref="Sequence"/>". A replica that has applied that change is current as of <see cref="At"/>; one that has
/// not missed a change and fetches a snapshot instead.
/// </summary>
public sealed record AgreementsHeartbeat
{
    public required long Sequence { get; init; }

    public required DateTimeOffset At { get; init; }
}

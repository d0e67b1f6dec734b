namespace Concord.Cases.Domain;

/// <summary>The originator consented (<c>By</c> is who answered, <c>ByOrganisation</c> the originator); the consent lasts until <see cref="ExpiresAt"/>.</summary>
public sealed record OnwardShareGranted : OnwardShareEvent
{
    public required Guid ConsentId { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}

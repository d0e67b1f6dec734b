namespace Concord.Contracts.Agreements;

/// <summary>
/// An agreement's effective terms changed. Every service applies it to its replica; drafts and approvals that do not
/// yet change what is in force are not published.
/// </summary>
public sealed record AgreementChanged
{
    /// <summary>The terms now in force (or no longer in force: suspended, terminated, expired).</summary>
    public required AgreementTerms Terms { get; init; }

    public required AgreementChange Change { get; init; }

    /// <summary>The Agreements service's change sequence, the same as <see cref="AgreementTerms.Revision"/>.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>Who made the change: an organisation and user, or <c>system</c> for an expiry.</summary>
    public required string ChangedBy { get; init; }
}

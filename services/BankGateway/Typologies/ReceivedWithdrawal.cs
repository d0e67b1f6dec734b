namespace Concord.BankGateway.Typologies;

/// <summary>
/// The FIU's word that a typology no longer applies to a bank, from the version it names down. Kept apart from the
/// versions because it may arrive before the version it withdraws: that version is then stored withdrawn.
/// </summary>
public sealed class ReceivedWithdrawal
{
    public Guid Id { get; set; }

    public required string BankOrganisationId { get; set; }

    public Guid TypologyId { get; set; }

    public required string Code { get; set; }

    /// <summary>The version the bank held; it and every earlier version are withdrawn.</summary>
    public int Version { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset WithdrawnAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The envelope the withdrawal arrived under, as JSON.</summary>
    public required string Envelope { get; set; }

    public DateTimeOffset RetainUntil { get; set; }
}

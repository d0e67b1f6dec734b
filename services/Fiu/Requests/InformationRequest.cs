namespace Concord.Fiu.Requests;

/// <summary>A request for information the FIU sent to one or more banks under an agreement.</summary>
public sealed class InformationRequest
{
    public Guid Id { get; set; }

    /// <summary>The analysts' reference, e.g. <c>RFI-2026-7KQ2M9XW4T</c>; never sent to a bank (each bank has its own).</summary>
    public required string Reference { get; set; }

    /// <summary>The agreement the request was sent under, by id and by code as the analyst named it.</summary>
    public Guid AgreementId { get; set; }

    public required string AgreementCode { get; set; }

    public required string LegalGateway { get; set; }

    /// <summary>The subjects asked about, as JSON (<c>RequestedSubject[]</c>).</summary>
    public required string Subjects { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset Deadline { get; set; }

    /// <summary>Sent to every bank of the agreement that had a basis, rather than to banks the analyst named.</summary>
    public bool AllBanks { get; set; }

    /// <summary>The analyst, as the audit chain names them: organisation, then user or client.</summary>
    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnBy { get; set; }

    public string? WithdrawalReason { get; set; }

    public List<RequestRecipient> Recipients { get; set; } = [];
}

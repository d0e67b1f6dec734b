using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Inbox;

/// <summary>The basis a request came under, and what it obliges the bank to: its marking, onward-sharing rule and retention.</summary>
public sealed record InboxBasis(Guid AgreementId, int AgreementVersion, string LegalGateway, Purpose Purpose, Tlp Marking, OnwardSharingRule OnwardSharing, DateTimeOffset RetainUntil);

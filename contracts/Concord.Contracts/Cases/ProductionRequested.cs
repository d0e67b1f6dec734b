using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;

namespace Concord.Contracts.Cases;

/// <summary>
/// A task force asks one bank to produce documents (statements, account-opening files, KYC records) about the subjects
/// and accounts listed, by a deadline. One message per bank, each with an id and a reference of its own, so no bank
/// learns which other banks were asked; the case itself is not named beyond the reference.
/// </summary>
public sealed record ProductionRequested
{
    /// <summary>This bank's copy of the request: what its answer names.</summary>
    public required Guid ProductionRequestId { get; init; }

    /// <summary>The reference the bank sees, e.g. <c>PRD-2026-7KQ2M9XW4T</c>: random, so it reveals nothing about the case or other requests.</summary>
    public required string RequestReference { get; init; }

    /// <summary>The bank asked: the only recipient of the envelope.</summary>
    public required string BankOrganisationId { get; init; }

    /// <summary>What to produce, e.g. "Statements Jan–Jun 2026 and the account-opening file".</summary>
    public required string Description { get; init; }

    /// <summary>Who and which accounts it is about; at least one subject.</summary>
    public required IReadOnlyList<RequestedSubject> Subjects { get; init; }

    /// <summary>The legal instrument it is made under, when there is one (e.g. a production order's number).</summary>
    public string? LegalInstrument { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    /// <summary>The task-force organisation that asks (the sender), and the person in it.</summary>
    public required string RequestedBy { get; init; }

    public required string RequestedByPerson { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>
    /// The basis it travels under: from the requesting organisation to this bank under the task force's agreement,
    /// purpose <c>Investigation</c>, categories <c>SubjectIdentity</c> and <c>AccountData</c>. A message without one is not delivered.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}

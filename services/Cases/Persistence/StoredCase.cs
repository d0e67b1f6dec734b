using Concord.Cases.Domain;

namespace Concord.Cases.Persistence;

/// <summary>The <c>cases</c> row: a projection of the case's events for lists, kept in the transaction that appends them.</summary>
public sealed class StoredCase
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The reference members quote, e.g. <c>CASE-2026-7KQ2M9XW4T</c>.</summary>
    public string? Reference { get; set; }

    public string CaseType { get; set; } = "";

    public Guid AgreementId { get; set; }

    public string AgreementCode { get; set; } = "";

    public CaseMilestone Milestone { get; set; }

    public CaseOutcome? Outcome { get; set; }

    public string OpenedBy { get; set; } = "";

    public string OpenedByOrganisation { get; set; } = "";

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The sequence number of the case's latest event.</summary>
    public int Version { get; set; }
}

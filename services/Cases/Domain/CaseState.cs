using System.Collections.Immutable;

namespace Concord.Cases.Domain;

/// <summary>A case as its events leave it. <see cref="Initial"/> is a case not yet opened.</summary>
public sealed record CaseState
{
    public static CaseState Initial { get; } = new();

    public bool IsOpened { get; init; }

    public Guid CaseId { get; init; }

    public string Title { get; init; } = "";

    public string CaseType { get; init; } = "";

    public Guid AgreementId { get; init; }

    public string AgreementCode { get; init; } = "";

    public CaseMilestone Milestone { get; init; } = CaseMilestone.Opened;

    /// <summary>Every milestone the case has reached, so that e.g. a charge after freezing still knows the referral happened.</summary>
    public ImmutableHashSet<CaseMilestone> Reached { get; init; } = [];

    /// <summary>Each milestone as it was reached, in order, with when.</summary>
    public ImmutableList<MilestoneAt> History { get; init; } = [];

    /// <summary>Current members by person id.</summary>
    public ImmutableDictionary<string, CaseMember> Members { get; init; } = ImmutableDictionary.Create<string, CaseMember>(StringComparer.Ordinal);

    public ImmutableDictionary<Guid, CaseTask> Tasks { get; init; } = ImmutableDictionary<Guid, CaseTask>.Empty;

    public ImmutableList<CaseNote> Notes { get; init; } = [];

    /// <summary>The reference members quote, e.g. <c>CASE-2026-7KQ2M9XW4T</c> (null until a case opened without one needs it).</summary>
    public string? Reference { get; init; }

    /// <summary>Every intelligence item, in the order added; who may read each is <see cref="ItemVisibility"/>'s question.</summary>
    public ImmutableList<CaseItem> Items { get; init; } = [];

    public ImmutableDictionary<Guid, ProductionRequestState> ProductionRequests { get; init; } = ImmutableDictionary<Guid, ProductionRequestState>.Empty;

    /// <summary>Requests to pass items on, by share id, with the originators' answers.</summary>
    public ImmutableDictionary<Guid, OnwardShare> OnwardShares { get; init; } = ImmutableDictionary<Guid, OnwardShare>.Empty;

    public CaseOutcome? Outcome { get; init; }

    public string? OutcomeReason { get; init; }

    public string OpenedBy { get; init; } = "";

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How many events the case has had: the sequence number of its latest.</summary>
    public int Version { get; init; }

    /// <summary>The organisations with at least one member: the ones that see the case.</summary>
    public IEnumerable<string> MemberOrganisations => Members.Values.Select(member => member.OrganisationId).Distinct(StringComparer.Ordinal);
}

using Concord.Cases.Domain;

namespace Concord.Cases.Views;

/// <summary>
/// A case as its members see it: where it stands, who works it, its tasks and notes, and how many of its items the
/// reader's organisation may see (<see cref="Items"/> counts nothing else).
/// </summary>
public sealed record CaseView(
    Guid Id, string? Reference, string Title, string CaseType, string AgreementCode, CaseMilestone Milestone, IReadOnlyList<CaseMilestone> Reached,
    CaseOutcome? Outcome, string? OutcomeReason, string OpenedBy, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, int Version,
    IReadOnlyList<CaseMember> Members, IReadOnlyList<CaseTask> Tasks, IReadOnlyList<CaseNote> Notes, int Items)
{
    public static CaseView From(CaseState state, int visibleItems)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(
            state.CaseId, state.Reference, state.Title, state.CaseType, state.AgreementCode, state.Milestone, [.. state.Reached.Order()], state.Outcome, state.OutcomeReason,
            state.OpenedBy, state.OpenedAt, state.ClosedAt, state.Version,
            [.. state.Members.Values.OrderBy(m => m.AddedAt).ThenBy(m => m.PersonId, StringComparer.Ordinal)],
            [.. state.Tasks.Values.OrderBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ThenBy(t => t.TaskId)],
            state.Notes, visibleItems);
    }
}

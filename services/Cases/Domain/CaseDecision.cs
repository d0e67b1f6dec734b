namespace Concord.Cases.Domain;

/// <summary>The decider's answer: the events to append, or why not (never both).</summary>
public sealed record CaseDecision
{
    private CaseDecision(IReadOnlyList<CaseEvent> events, CaseRejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<CaseEvent> Events { get; }

    public CaseRejection? Rejection { get; }

    public bool IsAccepted => Rejection is null;

    public static CaseDecision Accept(params IReadOnlyList<CaseEvent> events) => new(events, null);

    public static CaseDecision Reject(CaseRejection rejection) => new([], rejection);

    public static implicit operator CaseDecision(CaseRejection rejection) => Reject(rejection);
}

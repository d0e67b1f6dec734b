namespace Concord.Cases.Domain;

/// <summary>
/// At closure, whether the outcome went to an organisation that contributed (the FIU of a dissemination, a bank whose
/// reports were in it): sent when the agreement has a Feedback flow for Outcome to it, else not, with the reasons.
/// </summary>
public sealed record OutcomeShared : CaseEvent
{
    public required string Recipient { get; init; }

    public required bool Sent { get; init; }

    /// <summary>The reports of the recipient's named in its copy (a bank's own only).</summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>Why it was not sent (deny-reason codes); empty when sent.</summary>
    public string Reasons { get; init; } = "";
}

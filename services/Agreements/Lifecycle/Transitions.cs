using Concord.Agreements.Domain;
using Concord.Contracts.Agreements;

namespace Concord.Agreements.Lifecycle;

/// <summary>
/// Which status changes are allowed: Active ⇄ Suspended, Active or Suspended → Terminated, and Active or Suspended →
/// Expired once the version in force has ended. Draft (never in force), Terminated and Expired allow none.
/// </summary>
public static class Transitions
{
    /// <summary>Why the agreement cannot go to <paramref name="target"/> now, naming its current status; null when it can.</summary>
    public static string? Refusal(Agreement agreement, AgreementStatus target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var current = agreement.Status;
        return target switch
        {
            AgreementStatus.Suspended when current != AgreementStatus.Active =>
                $"The agreement is {current}; only an Active agreement can be suspended.",
            AgreementStatus.Active when current != AgreementStatus.Suspended =>
                $"The agreement is {current}; only a Suspended agreement can be resumed.",
            AgreementStatus.Terminated when current is not (AgreementStatus.Active or AgreementStatus.Suspended) =>
                $"The agreement is {current}; only an Active or Suspended agreement can be terminated.",
            AgreementStatus.Expired when current is not (AgreementStatus.Active or AgreementStatus.Suspended) =>
                $"The agreement is {current}; only an Active or Suspended agreement expires.",
            AgreementStatus.Expired when agreement.InForceUntil is not { } until || until > now =>
                $"The agreement is in force until {agreement.InForceUntil:O}.",
            AgreementStatus.Draft => "No agreement goes back to Draft.",
            _ => null,
        };
    }
}

using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.Cases.Domain;

/// <summary>
/// What the agreements say about a task force: a case belongs to a Partnership agreement in force, its member
/// organisations must be parties to it, and a bank's investigator may join only where the agreement has a flow to that
/// bank for the purpose Investigation that carries CaseIntelligence (a flow for production requests alone does not vet
/// a bank's people). Pure: reads one replica at one moment.
/// </summary>
public static class TaskForce
{
    /// <summary>The agreement a case is opened under, found by its code; or why not.</summary>
    public static (AgreementTerms? Agreement, CaseRejection? Rejection) Find(AgreementReplica replica, TimeSpan maxStaleness, string? code, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replica);
        if (at - replica.CurrentAsOf > maxStaleness)
        {
            return (null, Stale());
        }

        var agreement = string.IsNullOrWhiteSpace(code) ? null
            : replica.Agreements.Where(terms => string.Equals(terms.Code, code.Trim(), StringComparison.Ordinal)).MaxBy(terms => (terms.Version, terms.Revision));
        if (agreement is null)
        {
            return (null, CaseRejection.Of(RejectionKind.Invalid, "agreementCode", CaseErrorCodes.AgreementNotFound, $"No agreement has the code '{code}'."));
        }

        return agreement.Kind != AgreementKind.Partnership
            ? (null, CaseRejection.Of(RejectionKind.Invalid, "agreementCode", CaseErrorCodes.NotATaskForceAgreement, $"{agreement.Code} is a {agreement.Kind} agreement; a task force works under a Partnership agreement."))
            : (agreement, null);
    }

    /// <summary>The agreement <paramref name="agreementId"/> as the replica holds it now; or why it cannot be used.</summary>
    public static (AgreementTerms? Agreement, CaseRejection? Rejection) Get(AgreementReplica replica, TimeSpan maxStaleness, Guid agreementId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replica);
        if (at - replica.CurrentAsOf > maxStaleness)
        {
            return (null, Stale());
        }

        var agreement = replica.Agreements.FirstOrDefault(terms => terms.AgreementId == agreementId);
        return agreement is null
            ? (null, CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.AgreementNotFound, "The case's agreement is no longer known."))
            : (agreement, null);
    }

    /// <summary>
    /// Whether <paramref name="organisation"/>'s people may be members with <paramref name="role"/>; the organisation's kind
    /// as the agreement names it when they may.
    /// </summary>
    public static (OrganisationKind Kind, CaseRejection? Rejection) CheckMember(AgreementTerms agreement, string organisation, CaseRole role, DateTimeOffset at)
    {
        var (party, rejection) = Party(agreement, organisation, at);
        if (party is null)
        {
            return (default, rejection);
        }

        if ((party.Kind == OrganisationKind.Bank) != (role == CaseRole.BankInvestigator))
        {
            return (default, CaseRejection.Of(RejectionKind.Invalid, "role", CaseErrorCodes.RoleNotForOrganisationKind,
                $"{organisation} is a {party.Kind}: {(party.Kind == OrganisationKind.Bank ? "a bank's people join as BankInvestigator only" : "only a bank's people are bank investigators")}."));
        }

        if (party.Kind == OrganisationKind.Bank && !agreement.Flows.Any(flow => flow.Purposes.Contains(Purpose.Investigation) && flow.Categories.Contains(DataCategory.CaseIntelligence) && Names(flow.To, party)))
        {
            return (default, CaseRejection.Of(RejectionKind.Invalid, "organisationId", CaseErrorCodes.NoInvestigationFlowToBank,
                $"{agreement.Code} has no flow to {organisation} for the purpose Investigation carrying CaseIntelligence: its investigators cannot join the task force's cases."));
        }

        return (party.Kind, null);
    }

    /// <summary>Whether <paramref name="organisation"/> may open and lead a case under <paramref name="agreement"/>: a party, and not a bank.</summary>
    public static (OrganisationKind Kind, CaseRejection? Rejection) CheckLead(AgreementTerms agreement, string organisation, DateTimeOffset at)
    {
        var (party, rejection) = Party(agreement, organisation, at);
        if (party is null)
        {
            return (default, rejection);
        }

        return party.Kind == OrganisationKind.Bank
            ? (default, CaseRejection.Of(RejectionKind.Forbidden, "", CaseErrorCodes.BankCannotOpenCase, "A bank's people join a case as bank investigators; they do not open or lead one."))
            : (party.Kind, null);
    }

    /// <summary>
    /// The task-force agreements under which <paramref name="organisation"/> may see cases now: in force, the replica
    /// fresh, the organisation still a party. Checked on every read, so a suspended agreement or an organisation that
    /// left it hides its cases at once (members are not re-checked when an agreement changes; this is what holds).
    /// </summary>
    public static IReadOnlySet<Guid> InForceFor(AgreementReplica replica, TimeSpan maxStaleness, string organisation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replica);
        // Note: a stale replica proves nothing is in force, so nothing is shown: fail closed.
        return at - replica.CurrentAsOf > maxStaleness
            ? new HashSet<Guid>()
            : replica.Agreements.Where(a => SeenUnder(a, organisation, at)).Select(a => a.AgreementId).ToHashSet();
    }

    /// <summary>Whether <paramref name="organisation"/> may see a case of the task force <paramref name="agreementId"/> now (as <see cref="InForceFor"/>, for one agreement).</summary>
    public static bool Admits(AgreementReplica replica, TimeSpan maxStaleness, Guid agreementId, string organisation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replica);
        return at - replica.CurrentAsOf <= maxStaleness
            && replica.Agreements.Any(a => a.AgreementId == agreementId && SeenUnder(a, organisation, at));
    }

    private static bool SeenUnder(AgreementTerms agreement, string organisation, DateTimeOffset at) =>
        agreement.Kind == AgreementKind.Partnership && agreement.Status == AgreementStatus.Active && at >= agreement.ValidFrom && at < agreement.ValidUntil
        && agreement.Parties.Any(p => string.Equals(p.OrganisationId, organisation, StringComparison.Ordinal));

    private static (AgreementParty? Party, CaseRejection? Rejection) Party(AgreementTerms agreement, string organisation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.Status != AgreementStatus.Active || at < agreement.ValidFrom || at >= agreement.ValidUntil)
        {
            return (null, CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.AgreementNotInForce,
                $"{agreement.Code} is not in force ({agreement.Status}, valid {agreement.ValidFrom:yyyy-MM-dd} to {agreement.ValidUntil:yyyy-MM-dd}): its task force takes no new work."));
        }

        var party = agreement.Parties.FirstOrDefault(p => string.Equals(p.OrganisationId, organisation, StringComparison.Ordinal));
        return party is null
            ? (null, CaseRejection.Of(RejectionKind.Invalid, "organisationId", CaseErrorCodes.OrganisationNotInTaskForce,
                $"{organisation} is not a party to {agreement.Code}: only its parties' people work its cases."))
            : (party, null);
    }

    private static bool Names(FlowParty end, AgreementParty party) =>
        end.OrganisationId is { } organisation ? string.Equals(organisation, party.OrganisationId, StringComparison.Ordinal) : end.Kind == party.Kind;

    private static CaseRejection Stale() =>
        CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.ReplicaStale, "The service's copy of the agreements is out of date; try again shortly.");
}

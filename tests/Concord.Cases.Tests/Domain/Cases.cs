using Concord.Cases.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Tests.Domain;

/// <summary>Cases in a given state, built by running commands through the decider as a member would.</summary>
internal static class Cases
{
    public static readonly DateTimeOffset At = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly CaseActor Lead = new("alice", "police-ecu");
    public static readonly CaseActor Prosecutor = new("pat", "cps-demo");
    public static readonly CaseActor Observer = new("olga", "fiu-gb");
    public static readonly Guid CaseId = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    public static CaseState Opened(string caseType = CaseTypes.MoneyLaundering) =>
        Run(CaseState.Initial, Lead, new OpenCase
        {
            CaseId = CaseId, Title = "Operation Lantern", CaseType = caseType, AgreementId = CaseAgreements.Id, AgreementCode = CaseAgreements.Code,
            LeadOrganisationKind = OrganisationKind.LawEnforcement,
        });

    /// <summary>An opened case moved through <paramref name="milestones"/> by its lead, with a prosecutor and an observer as members.</summary>
    public static CaseState Through(params CaseMilestone[] milestones)
    {
        var state = Opened();
        state = Run(state, Lead, new AddMember { PersonId = Prosecutor.PersonId, OrganisationId = Prosecutor.OrganisationId, OrganisationKind = OrganisationKind.Prosecutor, Role = CaseRole.Prosecutor });
        state = Run(state, Lead, new AddMember { PersonId = Observer.PersonId, OrganisationId = Observer.OrganisationId, OrganisationKind = OrganisationKind.Fiu, Role = CaseRole.Observer });
        return milestones.Aggregate(state, (current, milestone) => Run(current, Lead, new ChangeMilestone { To = milestone }));
    }

    /// <summary>Decides and applies; fails the test when the command is refused.</summary>
    public static CaseState Run(CaseState state, CaseActor actor, CaseCommand command)
    {
        var decision = CaseDecider.Decide(state, command, actor, At);
        if (decision.Rejection is { } rejection)
        {
            throw new InvalidOperationException($"{command.GetType().Name} was refused: {rejection.Code} {rejection.Errors[0].Message}");
        }

        return decision.Events.Aggregate(state, CaseDecider.Evolve);
    }
}

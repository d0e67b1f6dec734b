using Concord.Cases.Domain;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.Cases.Tests.Domain;

public sealed class CaseDeciderMembershipTests
{
    [Theory]
    [InlineData(CaseTypes.DrugTrafficking)]
    [InlineData(CaseTypes.MoneyLaundering)]
    [InlineData(CaseTypes.Fraud)]
    public void Decide_WhenOpening_MakesTheOpenerLeadAndCreatesTheTemplateTasksForThem(string caseType)
    {
        var state = Cases.Opened(caseType);

        var lead = Assert.Single(state.Members.Values);
        Assert.Equal(("alice", "police-ecu", CaseRole.Lead), (lead.PersonId, lead.OrganisationId, lead.Role));
        Assert.Equal(CaseTypes.Templates[caseType].Select(t => (t.Title, DateOnly.FromDateTime(Cases.At.UtcDateTime).AddDays(t.DueInDays))),
            state.Tasks.Values.OrderBy(t => t.DueOn).Select(t => (t.Title, t.DueOn)));
        Assert.All(state.Tasks.Values, task => Assert.Equal(("alice", CaseTaskStatus.Open, true), (task.Assignee, task.Status, task.FromTemplate)));
        Assert.Equal((CaseMilestone.Opened, 2 + CaseTypes.Templates[caseType].Count), (state.Milestone, state.Version));
    }

    [Fact]
    public void Decide_WhenOpeningWithAnUnknownTypeAndNoTitle_IsRefusedWithBothFieldErrors()
    {
        var decision = CaseDecider.Decide(CaseState.Initial, new OpenCase
        {
            CaseId = Guid.NewGuid(), Title = " ", CaseType = "Burglary", AgreementId = CaseAgreements.Id, AgreementCode = CaseAgreements.Code,
            LeadOrganisationKind = OrganisationKind.LawEnforcement,
        }, Cases.Lead, Cases.At);

        Assert.Equal([("title", CaseErrorCodes.Required), ("caseType", CaseErrorCodes.UnknownCaseType)], decision.Rejection!.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Decide_WhenATaskIsForANonMember_IsRefused()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new AddTask { TaskId = Guid.NewGuid(), Title = "Interview", Assignee = "mallory", DueOn = new DateOnly(2026, 7, 1) }, Cases.Lead, Cases.At);

        Assert.Equal((RejectionKind.Invalid, "assignee", CaseErrorCodes.AssigneeNotMember), (decision.Rejection!.Kind, decision.Rejection.Errors[0].Path, decision.Rejection.Code));
    }

    [Fact]
    public void Decide_WhenATaskIsForAMember_AddsItAndItsAssigneeCompletesIt()
    {
        var taskId = Guid.NewGuid();
        var state = Cases.Run(Cases.Through(), Cases.Lead, new AddTask { TaskId = taskId, Title = "Draft the charging advice", Assignee = "pat", DueOn = new DateOnly(2026, 7, 1) });

        state = Cases.Run(state, Cases.Prosecutor, new CompleteTask { TaskId = taskId });

        var task = state.Tasks[taskId];
        Assert.Equal((CaseTaskStatus.Done, "pat", (DateTimeOffset?)Cases.At), (task.Status, task.CompletedBy, task.CompletedAt));
        Assert.Equal(CaseErrorCodes.TaskAlreadyDone, CaseDecider.Decide(state, new CompleteTask { TaskId = taskId }, Cases.Prosecutor, Cases.At).Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenAMemberCompletesAnotherMembersTask_IsForbidden()
    {
        var state = Cases.Through();
        var aliceTask = state.Tasks.Keys.First();

        var decision = CaseDecider.Decide(state, new CompleteTask { TaskId = aliceTask }, Cases.Prosecutor, Cases.At);

        Assert.Equal(CaseErrorCodes.RoleNotPermitted, decision.Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenSomeoneNotAMemberActs_IsForbidden()
    {
        // Note: same organisation as the lead, but not a member: visibility is the organisation's, acting is the person's.
        var decision = CaseDecider.Decide(Cases.Through(), new AddNote { NoteId = Guid.NewGuid(), Text = "Hello" }, new CaseActor("bob", "police-ecu"), Cases.At);

        Assert.Equal((RejectionKind.Forbidden, CaseErrorCodes.NotAMember), (decision.Rejection!.Kind, decision.Rejection.Code));
    }

    [Fact]
    public void Decide_WhenAMemberActsForAnotherOrganisation_IsForbidden()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new AddNote { NoteId = Guid.NewGuid(), Text = "Hello" }, new CaseActor("pat", "police-ecu"), Cases.At);

        Assert.Equal(CaseErrorCodes.NotAMember, decision.Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenTheLeadRemovesAMember_TheirOrganisationNoLongerSeesTheCase()
    {
        var state = Cases.Through();
        Assert.Contains("cps-demo", state.MemberOrganisations);

        state = Cases.Run(state, Cases.Lead, new RemoveMember { PersonId = "pat" });

        Assert.DoesNotContain("cps-demo", state.MemberOrganisations);
        Assert.Equal(CaseErrorCodes.NotAMember, CaseDecider.Decide(state, new AddNote { NoteId = Guid.NewGuid(), Text = "Still here?" }, Cases.Prosecutor, Cases.At).Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenTheOnlyLeadIsRemoved_IsRefused()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new RemoveMember { PersonId = "alice" }, Cases.Lead, Cases.At);

        Assert.Equal(CaseErrorCodes.LastLead, decision.Rejection!.Code);
    }

    [Theory]
    [InlineData(OrganisationKind.Bank, CaseRole.Investigator)]
    [InlineData(OrganisationKind.LawEnforcement, CaseRole.BankInvestigator)]
    public void Decide_WhenTheRoleDoesNotFitTheOrganisation_IsRefused(OrganisationKind kind, CaseRole role)
    {
        var decision = CaseDecider.Decide(Cases.Through(), new AddMember { PersonId = "zed", OrganisationId = "x", OrganisationKind = kind, Role = role }, Cases.Lead, Cases.At);

        Assert.Equal(CaseErrorCodes.RoleNotForOrganisationKind, decision.Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenANonLeadAddsAMember_IsForbidden()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new AddMember { PersonId = "zed", OrganisationId = "fiu-gb", OrganisationKind = OrganisationKind.Fiu, Role = CaseRole.Analyst }, Cases.Prosecutor, Cases.At);

        Assert.Equal(CaseErrorCodes.RoleNotPermitted, decision.Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenTheCaseDoesNotExist_IsNotFound()
    {
        var decision = CaseDecider.Decide(CaseState.Initial, new AddNote { NoteId = Guid.NewGuid(), Text = "Hello" }, Cases.Lead, Cases.At);

        Assert.Equal((RejectionKind.NotFound, CaseErrorCodes.CaseNotFound), (decision.Rejection!.Kind, decision.Rejection.Code));
    }
}

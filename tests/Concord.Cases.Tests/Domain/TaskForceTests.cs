using Concord.Cases.Domain;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Xunit;

namespace Concord.Cases.Tests.Domain;

public sealed class TaskForceTests
{
    private static readonly TimeSpan Staleness = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("fiu-gb", CaseRole.Analyst, OrganisationKind.Fiu)]
    [InlineData("police-ecu", CaseRole.Investigator, OrganisationKind.LawEnforcement)]
    [InlineData("cps-demo", CaseRole.Prosecutor, OrganisationKind.Prosecutor)]
    [InlineData("bank-alpha", CaseRole.BankInvestigator, OrganisationKind.Bank)]
    public void CheckMember_WhenThePartyMayJoin_GivesItsKindFromTheAgreement(string organisation, CaseRole role, OrganisationKind kind)
    {
        var (found, rejection) = TaskForce.CheckMember(CaseAgreements.Jmlit(), organisation, role, Cases.At);

        Assert.Null(rejection);
        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("bank-gamma", CaseRole.BankInvestigator, CaseErrorCodes.OrganisationNotInTaskForce)]
    [InlineData("customs-demo", CaseRole.Investigator, CaseErrorCodes.OrganisationNotInTaskForce)]
    [InlineData("bank-beta", CaseRole.BankInvestigator, CaseErrorCodes.NoInvestigationFlowToBank)]
    [InlineData("bank-alpha", CaseRole.Investigator, CaseErrorCodes.RoleNotForOrganisationKind)]
    [InlineData("police-ecu", CaseRole.BankInvestigator, CaseErrorCodes.RoleNotForOrganisationKind)]
    public void CheckMember_WhenTheAgreementDoesNotAllowIt_IsRefusedWithTheReason(string organisation, CaseRole role, string code)
    {
        var (_, rejection) = TaskForce.CheckMember(CaseAgreements.Jmlit(), organisation, role, Cases.At);

        Assert.Equal(code, rejection!.Code);
    }

    [Fact]
    public void CheckMember_WhenTheOnlyInvestigationFlowToTheBankIsForProductionRequests_IsRefused()
    {
        // Note: a flow that lets police ask every bank for documents (subjects and accounts) does not vet a bank's people.
        var agreement = CaseAgreements.Jmlit();
        agreement = agreement with
        {
            Flows =
            [
                .. agreement.Flows,
                new AgreementFlow
                {
                    From = new FlowParty { Kind = OrganisationKind.LawEnforcement }, To = new FlowParty { Kind = OrganisationKind.Bank },
                    Purposes = [Purpose.Investigation], Categories = [DataCategory.SubjectIdentity, DataCategory.AccountData],
                    MaxMarking = Tlp.AmberStrict, OnwardSharing = OnwardSharingRule.Prohibited, RetentionDays = 730,
                },
            ],
        };

        var (_, rejection) = TaskForce.CheckMember(agreement, "bank-beta", CaseRole.BankInvestigator, Cases.At);

        Assert.Equal(CaseErrorCodes.NoInvestigationFlowToBank, rejection!.Code);
        Assert.Null(TaskForce.CheckMember(agreement, "bank-alpha", CaseRole.BankInvestigator, Cases.At).Rejection);
    }

    [Theory]
    [InlineData(AgreementStatus.Suspended)]
    [InlineData(AgreementStatus.Draft)]
    [InlineData(AgreementStatus.Terminated)]
    public void CheckMember_WhenTheAgreementIsNotInForce_IsRefused(AgreementStatus status)
    {
        var (_, rejection) = TaskForce.CheckMember(CaseAgreements.Jmlit(status), "police-ecu", CaseRole.Investigator, Cases.At);

        Assert.Equal(CaseErrorCodes.AgreementNotInForce, rejection!.Code);
    }

    [Fact]
    public void CheckLead_WhenTheOrganisationIsABank_IsRefused()
    {
        var (_, rejection) = TaskForce.CheckLead(CaseAgreements.Jmlit(), "bank-alpha", Cases.At);

        Assert.Equal((RejectionKind.Forbidden, CaseErrorCodes.BankCannotOpenCase), (rejection!.Kind, rejection.Code));
    }

    [Fact]
    public void Find_WhenTheCodeNamesAStatutoryAgreement_IsRefused()
    {
        var replica = new AgreementReplica(CaseAgreements.Demo(), [], Cases.At);

        var (_, rejection) = TaskForce.Find(replica, Staleness, "AGR-GB-STAT-ALPHA", Cases.At);

        Assert.Equal(CaseErrorCodes.NotATaskForceAgreement, rejection!.Code);
    }

    [Fact]
    public void Find_WhenTheReplicaIsStale_IsRefused()
    {
        var replica = new AgreementReplica(CaseAgreements.Demo(), [], Cases.At);

        var (agreement, rejection) = TaskForce.Find(replica, Staleness, CaseAgreements.Code, Cases.At.AddMinutes(6));

        Assert.Null(agreement);
        Assert.Equal(CaseErrorCodes.ReplicaStale, rejection!.Code);
    }

    [Fact]
    public void Find_WhenTheCodeIsKnown_GivesThePartnership()
    {
        var replica = new AgreementReplica(CaseAgreements.Demo(), [], Cases.At);

        var (agreement, rejection) = TaskForce.Find(replica, Staleness, CaseAgreements.Code, Cases.At);

        Assert.Null(rejection);
        Assert.Equal(CaseAgreements.Id, agreement!.AgreementId);
    }
}

using Concord.Cases.Domain;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.Cases.Tests.Domain;

/// <summary>The decider's rules for items, disseminations, production requests, answers and the outcome at closure.</summary>
public sealed class CaseDeciderItemTests
{
    private static readonly CaseActor Bank = new("bank-clerk", "bank-alpha");

    [Fact]
    public void AddItem_ByAMember_AddsTheirOrganisationsItem()
    {
        var state = Cases.Run(Cases.Opened(), Cases.Lead, Note());

        var item = Assert.Single(state.Items);
        Assert.Equal((ItemKind.Note, "police-ecu", "police-ecu", Tlp.Amber), (item.Kind, item.Originator, item.Holder, item.Marking));
        Assert.Equal(CaseAgreements.Id, item.AgreementId);
    }

    [Fact]
    public void AddItem_WhenInvalid_IsRefusedWithEveryFieldError()
    {
        var decision = CaseDecider.Decide(Cases.Opened(), Note() with { Kind = ItemKind.ProducedDocuments, Title = "", Text = " ", Categories = [], ParentItemId = Guid.NewGuid() }, Cases.Lead, Cases.At);

        Assert.Equal(RejectionKind.Invalid, decision.Rejection!.Kind);
        Assert.Equal(["kind", "title", "text", "categories", "parentItemId"], decision.Rejection.Errors.Select(e => e.Path));
    }

    [Fact]
    public void AddItem_ByAnObserver_IsForbidden()
    {
        var decision = CaseDecider.Decide(Cases.Through(), Note(), Cases.Observer, Cases.At);

        Assert.Equal(CaseErrorCodes.RoleNotPermitted, decision.Rejection!.Code);
    }

    [Fact]
    public void TakeDissemination_Twice_IsAConflict()
    {
        var state = Cases.Run(Cases.Opened(), Cases.Lead, new TakeDissemination { Item = Dissemination("DIS-2026-0000000001") });

        var second = CaseDecider.Decide(state, new TakeDissemination { Item = Dissemination("DIS-2026-0000000001") }, Cases.Lead, Cases.At);
        var other = CaseDecider.Decide(state, new TakeDissemination { Item = Dissemination("DIS-2026-0000000002") with { AgreementId = Guid.NewGuid() } }, Cases.Lead, Cases.At);

        Assert.Equal(CaseErrorCodes.DisseminationAlreadyTaken, second.Rejection!.Code);
        Assert.Equal(CaseErrorCodes.DisseminationUnderOtherAgreement, other.Rejection!.Code);
        Assert.Equal("DIS-2026-0000000001", Assert.Single(state.Items).DisseminationReference);
    }

    [Fact]
    public void TakeDissemination_ByANonLead_IsForbidden()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new TakeDissemination { Item = Dissemination("DIS-2026-0000000001") }, Cases.Prosecutor, Cases.At);

        Assert.Equal(CaseErrorCodes.RoleNotPermitted, decision.Rejection!.Code);
    }

    [Fact]
    public void RequestProduction_OneEventPerBank_EachWithItsOwnReference()
    {
        var state = Cases.Run(Cases.Opened(), Cases.Lead, Production("bank-alpha", "bank-beta"));

        Assert.Equal(2, state.ProductionRequests.Count);
        Assert.Equal(["bank-alpha", "bank-beta"], state.ProductionRequests.Values.Select(r => r.BankOrganisationId).Order());
        Assert.Equal(2, state.ProductionRequests.Values.Select(r => r.Reference).Distinct().Count());
    }

    [Fact]
    public void RequestProduction_WhenInvalid_IsRefusedWithEveryFieldError()
    {
        var request = Production("bank-alpha", "bank-alpha") with
        {
            Description = "", Subjects = [new RequestedSubject { LocalId = "S1", Kind = SubjectKind.Person }, null], Deadline = Cases.At.AddDays(-1),
        };

        var decision = CaseDecider.Decide(Cases.Opened(), request, Cases.Lead, Cases.At);

        Assert.Equal(["bankOrganisationIds[1]", "description", "subjects[0].person", "subjects[1]", "deadline"], decision.Rejection!.Errors.Select(e => e.Path));
    }

    [Fact]
    public void RecordProduction_FromTheBankAsked_AddsItsDocumentsOnce()
    {
        var state = Cases.Run(Cases.Opened(), Cases.Lead, Production("bank-alpha"));
        var request = state.ProductionRequests.Values.Single();

        state = Cases.Run(state, Bank, Answer(request.ProductionRequestId));
        var second = CaseDecider.Decide(state, Answer(request.ProductionRequestId), Bank, Cases.At);

        var item = Assert.Single(state.Items);
        Assert.Equal((ItemKind.ProducedDocuments, "bank-alpha", "police-ecu", request.Reference), (item.Kind, item.Originator, item.Holder, item.RequestReference));
        Assert.Equal(item.ItemId, state.ProductionRequests[request.ProductionRequestId].ItemId);
        Assert.Equal(CaseErrorCodes.ProductionRequestAlreadyAnswered, second.Rejection!.Code);
    }

    [Fact]
    public void RecordProduction_FromAnotherBankOrForAnUnknownRequest_IsRefused()
    {
        var state = Cases.Run(Cases.Opened(), Cases.Lead, Production("bank-alpha"));
        var request = state.ProductionRequests.Values.Single();

        var otherBank = CaseDecider.Decide(state, Answer(request.ProductionRequestId) with { BankOrganisationId = "bank-beta" }, new CaseActor("x", "bank-beta"), Cases.At);
        var unknown = CaseDecider.Decide(state, Answer(Guid.NewGuid()), Bank, Cases.At);

        Assert.Equal(CaseErrorCodes.NotTheBankAsked, otherBank.Rejection!.Code);
        Assert.Equal(CaseErrorCodes.ProductionRequestNotFound, unknown.Rejection!.Code);
    }

    [Fact]
    public void Close_WithoutAReference_AssignsOneAndRecordsEveryOutcomeRecipient()
    {
        var state = Cases.Run(CaseState.Initial, Cases.Lead, new OpenCase
        {
            CaseId = Cases.CaseId, Title = "Old case", CaseType = CaseTypes.MoneyLaundering, AgreementId = CaseAgreements.Id, AgreementCode = CaseAgreements.Code,
            LeadOrganisationKind = OrganisationKind.LawEnforcement,
        });
        var close = new ChangeMilestone
        {
            To = CaseMilestone.Closed, Outcome = CaseOutcome.NoFurtherAction, Reason = "Insufficient evidence", Reference = "CASE-2026-ABCDEFGHJK",
            OutcomeRecipients = [new OutcomeRecipient("fiu-gb", true, "", ["CR-1"]), new OutcomeRecipient("bank-beta", false, "no-flow-between-parties", ["CR-2"])],
        };

        var decision = CaseDecider.Decide(state, close, Cases.Lead, Cases.At);
        state = decision.Events.Aggregate(state, CaseDecider.Evolve);

        Assert.Equal(["CaseReferenceAssigned", "CaseClosed", "OutcomeShared", "OutcomeShared"], decision.Events.Select(e => e.GetType().Name));
        Assert.Equal("CASE-2026-ABCDEFGHJK", state.Reference);
        Assert.Equal([true, false], decision.Events.OfType<OutcomeShared>().Select(s => s.Sent));
        Assert.Equal([CaseMilestone.Opened, CaseMilestone.Closed], state.History.Select(h => h.Milestone));
    }

    private static AddItem Note() => new()
    {
        ItemId = Guid.NewGuid(), Kind = ItemKind.Note, Title = "Meeting with the bank", Text = "The account holder is a front.", Marking = Tlp.Amber,
        OnwardSharing = OnwardSharingRule.WithinAgreement, Categories = [DataCategory.CaseIntelligence], LegalGateway = "GB-CCA-7", RetainUntil = Cases.At.AddDays(10),
    };

    private static CaseItem Dissemination(string reference) =>
        ItemVisibilityTests.Item(ItemKind.Dissemination, "fiu-gb", "police-ecu", [DataCategory.CaseIntelligence], Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent) with
        {
            DisseminationReference = reference,
            Reports = [new DisseminatedReport { ReportId = Guid.NewGuid(), ConcordReference = "CR-1", BankOrganisationId = "bank-alpha", FiledAt = Cases.At }],
        };

    private static RequestProduction Production(params string[] banks) => new()
    {
        Targets = [.. banks.Select((bank, i) => new ProductionRequestTarget(Guid.NewGuid(), $"PRD-2026-000000000{i}", bank))],
        Description = "Statements January to June",
        Subjects = [new RequestedSubject { LocalId = "S1", Kind = SubjectKind.Person, Person = new PersonDetails { FamilyName = "Doe" } }],
        Deadline = Cases.At.AddDays(14),
    };

    private static RecordProduction Answer(Guid requestId) => new()
    {
        ProductionRequestId = requestId, BankOrganisationId = "bank-alpha",
        Item = ItemVisibilityTests.Item(ItemKind.ProducedDocuments, "bank-alpha", "police-ecu", [DataCategory.AccountData], Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent),
    };
}

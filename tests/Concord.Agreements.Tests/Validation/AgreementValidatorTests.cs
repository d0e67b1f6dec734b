using Concord.Agreements.Endpoints;
using Concord.Agreements.Tests.Integration;
using Concord.Agreements.Validation;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.Agreements.Tests.Validation;

/// <summary>The agreement rules on their own, without a server: what is accepted, and each problem's path and code.</summary>
public sealed class AgreementValidatorTests
{
    private const string Gateway = "GB-POCA-330";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, IReadOnlyCollection<Purpose>> Registered = new()
    {
        [Gateway] = [Purpose.SuspicionReporting, Purpose.Feedback],
        ["GB-CCA-7"] = [Purpose.Investigation],
    };

    [Fact]
    public void Validate_WhenDraftIsComplete_ReturnsItsContent()
    {
        var (content, errors) = AgreementValidator.Validate(Drafts.Statutory("AGR-1", Gateway), Registered, Now);

        Assert.Empty(errors);
        Assert.NotNull(content);
        Assert.Equal([Gateway], content.LegalGateways);
        Assert.Equal(("bank-gamma", null), (content.Flows[0].From.OrganisationId, content.Flows[0].From.Kind));
        Assert.Equal((null, OrganisationKind.Bank), (content.Flows[1].To.OrganisationId, content.Flows[1].To.Kind));
        Assert.Equal(1825, content.Flows[0].Retention.Single(r => r.Category == DataCategory.Narrative).Days);
    }

    [Fact]
    public void Validate_WhenTwoFlowsCoverTheSamePurposeAndCategoryBetweenTheSameEnds_RefusesTheLaterOne()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway);
        // The FIU's feedback again, to the bank by name this time (the first names every bank by kind), on other terms.
        var contradicting = draft.Flows![1]! with { To = new FlowPartyRequest { OrganisationId = "bank-gamma" }, MaxMarking = Tlp.Red };
        var separate = draft.Flows[0]! with { Purposes = [Purpose.Feedback], Categories = [DataCategory.Narrative] };

        var (content, errors) = AgreementValidator.Validate(draft with { Flows = [.. draft.Flows, contradicting] }, Registered, Now);
        var (accepted, none) = AgreementValidator.Validate(draft with { Flows = [.. draft.Flows, separate] }, Registered, Now);

        Assert.Null(content);
        var error = Assert.Single(errors);
        Assert.Equal(("flows[2]", ErrorCodes.OverlappingFlow), (error.Path, error.Code));
        Assert.Contains("flows[1]", error.Message, StringComparison.Ordinal);
        Assert.Empty(none);
        Assert.NotNull(accepted);
    }

    [Fact]
    public void Validate_WhenAPurposeIsServedByTheSecondGateway_AcceptsIt()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway) with { LegalGateways = [Gateway, "GB-CCA-7"] };
        draft = draft with { Flows = [draft.Flows![0]! with { Purposes = [Purpose.SuspicionReporting, Purpose.Investigation] }, draft.Flows[1]] };

        var (content, errors) = AgreementValidator.Validate(draft, Registered, Now);

        Assert.Empty(errors);
        Assert.Equal([Purpose.SuspicionReporting, Purpose.Investigation], content!.Flows[0].Purposes);
    }

    [Fact]
    public void Validate_WhenAGatewayIsUnknown_ReportsItOnceAndNotEveryPurpose()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway) with { LegalGateways = [Gateway, "XX-NONE"] };

        var (_, errors) = AgreementValidator.Validate(draft, Registered, Now);

        Assert.Equal([("legalGateways[1]", ErrorCodes.UnknownLegalGateway)], errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WhenAFlowNamesNeitherEnd_NamesBothEnds()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway);
        draft = draft with { Flows = [draft.Flows![0]! with { From = null, To = new FlowPartyRequest() }] };

        var (content, errors) = AgreementValidator.Validate(draft, Registered, Now);

        Assert.Null(content);
        Assert.Equal([("flows[0].from", ErrorCodes.PartyRequired), ("flows[0].to", ErrorCodes.PartyRequired)], errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WhenAFlowGoesFromAPartyToItself_IsRefused()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway);
        draft = draft with { Flows = [draft.Flows![0]! with { To = new FlowPartyRequest { OrganisationId = "bank-gamma" } }] };

        var (_, errors) = AgreementValidator.Validate(draft, Registered, Now);

        Assert.Equal([("flows[0].to", ErrorCodes.SameParty)], errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WhenBilateralHasThreeParties_IsRefused()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway) with { Kind = AgreementKind.Bilateral };
        draft = draft with { Parties = [.. draft.Parties!, new PartyRequest { OrganisationId = "police-ecu", Kind = OrganisationKind.LawEnforcement }] };

        var (_, errors) = AgreementValidator.Validate(draft, Registered, Now);

        Assert.Equal([("parties", ErrorCodes.TooMany)], errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WithoutAClock_AcceptsAWindowThatHasEnded()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway, validUntil: Now.AddDays(-1));

        Assert.Empty(AgreementValidator.Validate(draft, Registered, now: null).Errors);
        Assert.Equal([("validUntil", ErrorCodes.InThePast)], AgreementValidator.Validate(draft, Registered, Now).Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WithAPrefix_PutsItBeforeEveryPath()
    {
        var draft = Drafts.Statutory("AGR-1", Gateway) with { Title = null, LegalGateways = ["XX-NONE"] };

        var (_, errors) = AgreementValidator.Validate(draft, Registered, Now, "agreements[2]");

        Assert.Equal(["agreements[2].title", "agreements[2].legalGateways[0]"], errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("AGR-GB-STAT-ALPHA", true)]
    [InlineData("GB-POCA-330", true)]
    [InlineData("agr-lower", false)]
    [InlineData("AGR--DOUBLE", false)]
    [InlineData("-AGR", false)]
    [InlineData("AGR ", false)]
    [InlineData("AGR_X", false)]
    public void Code_AcceptsUpperCaseLettersDigitsAndSingleHyphens(string code, bool valid)
    {
        var errors = new FieldErrors();

        AgreementValidator.Code(code, errors);

        Assert.Equal(valid, !errors.Any);
    }
}

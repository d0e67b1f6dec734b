using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.Typology.Domain;
using Xunit;

namespace Concord.Typology.Tests.Domain;

public sealed class AudienceResolverTests
{
    private const string Code = "T-2026-100";

    [Fact]
    public void Resolve_WhenAllReportingEntities_SendsToEveryBankWithABasisAndNoOneElse()
    {
        var resolution = Resolve(new Audience { Kind = AudienceKind.AllReportingEntities }, Tlp.Amber);

        Assert.True(resolution.IsValid);
        // Note: police-ecu is a party but not a reporting entity; bank-gamma is party to no agreement at all.
        Assert.Equal(["bank-alpha", "bank-beta"], resolution.Recipients.Select(r => r.Organisation));
    }

    [Fact]
    public void Resolve_WhenARecipientIsFound_ItsEnvelopeCarriesTheTypologyAlone()
    {
        var recipient = Resolve(new Audience { Kind = AudienceKind.Sector, Sector = OrganisationKind.Bank }, Tlp.Green).Recipients[0];

        var envelope = recipient.Envelope;
        Assert.Equal((TypologyAgreements.JmlitId, "GB-CCA-7", Purpose.TypologyDissemination), (envelope.AgreementId, envelope.LegalGateway, envelope.Purpose));
        Assert.Equal([DataCategory.TypologyIndicators], envelope.DataCategories);
        Assert.Equal((TypologyAgreements.Fiu, TypologyAgreements.Fiu), (envelope.Originator, envelope.Sender));
        Assert.Equal([recipient.Organisation], envelope.Recipients);
        Assert.Equal((Tlp.Green, OnwardSharingRule.WithinAgreement), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
        Assert.Equal([Code], envelope.Lineage);
    }

    [Fact]
    public void Resolve_WhenTaskForce_SendsToThePartiesOfThePartnershipButTheFiu()
    {
        var resolution = Resolve(new Audience { Kind = AudienceKind.TaskForce, TaskForce = TypologyAgreements.Jmlit }, Tlp.Amber);

        Assert.Equal(["bank-alpha", "bank-beta", "police-ecu"], resolution.Recipients.Select(r => r.Organisation));
    }

    [Fact]
    public void Resolve_WhenTaskForceUnknownOrNotAPartnership_RefusesIt()
    {
        var unknown = Resolve(new Audience { Kind = AudienceKind.TaskForce, TaskForce = "AGR-NONE" }, Tlp.Amber);
        var statutory = Resolve(new Audience { Kind = AudienceKind.TaskForce, TaskForce = "AGR-GB-STAT-ALPHA" }, Tlp.Amber);

        Assert.Equal(("audience.taskForce", TypologyErrorCodes.UnknownAgreement), (unknown.Errors.Single().Path, unknown.Errors.Single().Code));
        Assert.Equal(("audience.taskForce", TypologyErrorCodes.NotAPartnership), (statutory.Errors.Single().Path, statutory.Errors.Single().Code));
    }

    [Fact]
    public void Resolve_WhenANamedOrganisationHasNoAgreement_RefusesNamingItAndTheReason()
    {
        var resolution = Resolve(new Audience { Kind = AudienceKind.NamedOrganisations, Organisations = ["bank-alpha", "bank-gamma"] }, Tlp.Amber);

        Assert.False(resolution.IsValid);
        var error = Assert.Single(resolution.Errors);
        Assert.Equal(("audience.organisations[1]", "no-agreement"), (error.Path, error.Code));
        Assert.Contains("bank-gamma", error.Message, StringComparison.Ordinal);
        Assert.Equal(["bank-gamma"], resolution.Refused.Select(r => r.Organisation));
    }

    [Fact]
    public void Resolve_WhenRedGoesToABankAFlowReachesOnlyByKind_RefusesAsNotNamed()
    {
        var resolution = Resolve(new Audience { Kind = AudienceKind.NamedOrganisations, Organisations = ["bank-beta"] }, Tlp.Red);

        Assert.Equal(("audience.organisations[0]", "recipient-not-named"), (resolution.Errors.Single().Path, resolution.Errors.Single().Code));
    }

    [Fact]
    public void Resolve_WhenRedGoesToABankAFlowNames_SendsItWithoutOnwardSharing()
    {
        var resolution = Resolve(new Audience { Kind = AudienceKind.NamedOrganisations, Organisations = ["bank-alpha"] }, Tlp.Red, TypologyAgreements.NamedRed());

        var recipient = Assert.Single(resolution.Recipients);
        Assert.Equal((TypologyAgreements.NamedRedId, Tlp.Red, OnwardSharingRule.Prohibited),
            (recipient.Envelope.AgreementId, recipient.Envelope.Handling.Marking, recipient.Envelope.Handling.OnwardSharing));
    }

    [Theory]
    [InlineData(Tlp.AmberStrict)]
    [InlineData(Tlp.Red)]
    public void Resolve_WhenStrictMarkingGoesToAllReportingEntities_RefusesBeforeLookingForRecipients(Tlp marking)
    {
        var resolution = Resolve(new Audience { Kind = AudienceKind.AllReportingEntities }, marking);

        Assert.Equal(("marking", TypologyErrorCodes.MarkingNeedsNamedAudience), (resolution.Errors.Single().Path, resolution.Errors.Single().Code));
        Assert.Empty(resolution.Recipients);
    }

    [Fact]
    public void Resolve_WhenThePartnershipIsSuspended_NobodyIsLeftAndTheAudienceIsRefused()
    {
        var resolution = ResolveWith(new Audience { Kind = AudienceKind.AllReportingEntities }, Tlp.Amber,
            [DemoStatutory("bank-alpha"), DemoStatutory("bank-beta"), TypologyAgreements.Partnership(AgreementStatus.Suspended)]);

        var error = Assert.Single(resolution.Errors);
        Assert.Equal(("audience", TypologyErrorCodes.NoRecipients), (error.Path, error.Code));
        Assert.Contains("bank-alpha: agreement-suspended", error.Message, StringComparison.Ordinal);
    }

    private static AgreementTerms DemoStatutory(string bank) => Concord.Testing.DemoAgreements.Statutory(bank);

    private static AudienceResolution Resolve(Audience audience, Tlp marking, params AgreementTerms[] more) =>
        ResolveWith(audience, marking, [.. TypologyAgreements.Demo(), .. more]);

    private static AudienceResolution ResolveWith(Audience audience, Tlp marking, AgreementTerms[] agreements)
    {
        var holder = new AgreementReplicaHolder();
        holder.Replace(new AgreementReplica(agreements, [], DateTimeOffset.UtcNow));
        var guard = new LegalBasisGuard(holder, TimeProvider.System, TimeSpan.FromMinutes(5));
        return AudienceResolver.Resolve(guard, holder.Current, TypologyAgreements.Fiu, Code, audience, marking);
    }
}

using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;
using Concord.Typology.Views;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Typology.Tests.Integration;

public sealed class DistributionTests(TypologyHost host) : IClassFixture<TypologyHost>
{
    [Fact]
    public async Task Approve_WhenForEveryReportingEntity_ReachesEachBankWithABasisOnceAndNoOneElse()
    {
        var body = Drafts.Structuring();

        var version = await Api.PublishAsync(host, body);
        await host.SettleAsync();

        Assert.Equal(1, version.Version);
        Assert.Equal(["bank-alpha", "bank-beta"], version.Recipients);
        var published = host.Bus.Received<TypologyPublished>().Where(m => m.Typology.Code == body.Code).ToList();
        Assert.Equal(["bank-alpha", "bank-beta"], published.Select(m => m.RecipientOrganisationId).Order(StringComparer.Ordinal));
        Assert.All(published, m =>
        {
            // Note: one recipient per message and envelope, so no bank learns who else received it.
            Assert.Equal([m.RecipientOrganisationId], m.Envelope!.Recipients);
            Assert.Equal((Purpose.TypologyDissemination, Tlp.Amber, TypologyAgreements.JmlitId), (m.Envelope.Purpose, m.Envelope.Handling.Marking, m.Envelope.AgreementId));
            Assert.Equal((1, body.Title, "fiu-gb"), (m.Typology.Version, m.Typology.Title, m.Typology.PublishedBy));
        });
        Assert.DoesNotContain(host.Bus.Received<TypologySuperseded>(), m => m.Typology.Code == body.Code);
        var screening = Assert.Single(host.Bus.Received<TypologyScreeningChanged>(), m => m.Code == body.Code);
        Assert.Equal((1, false, 2), (screening.Version, screening.Withdrawn, screening.Indicators.Count));
        var copies = await host.QueryAsync(db => db.Distributions.Where(d => d.Code == body.Code).ToListAsync());
        Assert.Equal(published.Select(m => m.DistributionId).Order(), copies.Select(d => d.Id).Order());
    }

    [Fact]
    public async Task Approve_WhenForOneNamedBank_ReachesThatBankAlone()
    {
        var body = Drafts.Structuring(marking: Tlp.AmberStrict, audience: Drafts.Named("bank-beta"));

        await Api.PublishAsync(host, body);
        await host.SettleAsync();

        var published = Assert.Single(host.Bus.Received<TypologyPublished>(), m => m.Typology.Code == body.Code);
        Assert.Equal(("bank-beta", Tlp.AmberStrict, OnwardSharingRule.Prohibited),
            (published.RecipientOrganisationId, published.Envelope!.Handling.Marking, published.Envelope.Handling.OnwardSharing));
    }

    [Fact]
    public async Task Approve_WhenForTheTaskForce_ReachesItsBanksByTheirInboxesAndPoliceByTheReadApi()
    {
        var body = Drafts.Structuring(audience: Drafts.TaskForce(TypologyAgreements.Jmlit));

        await Api.PublishAsync(host, body);
        await host.SettleAsync();

        // Note: the banks' gateways take their copies off the bus; the police unit has no inbox service, so its copy is
        // recorded for the read API and no message is sent that a gateway would have to refuse.
        Assert.Equal(["bank-alpha", "bank-beta"],
            host.Bus.Received<TypologyPublished>().Where(m => m.Typology.Code == body.Code).Select(m => m.RecipientOrganisationId).Order(StringComparer.Ordinal));
        using var analyst = host.Analyst();
        var distributions = await Api.GetAsync<List<DistributionView>>(analyst, $"/api/v1/typologies/{body.Code}/distributions");
        Assert.Equal([("bank-alpha", "TypologyPublished"), ("bank-beta", "TypologyPublished"), ("police-ecu", "ReadApi")],
            distributions.Select(d => (d.Recipient, d.SentAs)).Order());
    }

    [Fact]
    public async Task Approve_WhenANewVersionChangesTheAudience_SupersedesHoldersAddsNewcomersAndWithdrawsFromTheRest()
    {
        var first = Drafts.Structuring(audience: Drafts.Named("bank-alpha", "bank-beta"));
        await Api.PublishAsync(host, first);
        var second = first with
        {
            Title = "Drug proceeds placed through structured cash deposits below 9,000",
            Audience = Drafts.Named("bank-alpha", "police-ecu"),
            Indicators = [first.Indicators![0]! with { Rule = Drafts.Rules.Lower }, first.Indicators[1]],
        };

        var version = await Api.PublishNextAsync(host, second);
        await host.SettleAsync();

        Assert.Equal(2, version.Version);
        var superseded = Assert.Single(host.Bus.Received<TypologySuperseded>(), m => m.Typology.Code == first.Code);
        Assert.Equal(("bank-alpha", 1, 2), (superseded.RecipientOrganisationId, superseded.SupersededVersion, superseded.Typology.Version));
        Assert.Equal(["title", "indicators[STRUCT-1].rule"], superseded.Changes.Select(c => c.Field));
        Assert.Equal(Drafts.Rules.Lower, superseded.Changes[1].After);
        Assert.DoesNotContain(host.Bus.Received<TypologyPublished>(), m => m.Typology.Code == first.Code && m.Typology.Version == 2);
        var withdrawn = Assert.Single(host.Bus.Received<TypologyWithdrawn>(), m => m.Code == first.Code);
        Assert.Equal(("bank-beta", 1), (withdrawn.RecipientOrganisationId, withdrawn.Version));
        Assert.Contains("no longer in the audience", withdrawn.Reason, StringComparison.Ordinal);
        Assert.Equal(["bank-beta"], withdrawn.Envelope!.Recipients);
        Assert.Equal([1, 2], host.Bus.Received<TypologyScreeningChanged>().Where(m => m.Code == first.Code).Select(m => m.Version).Order());

        using var analyst = host.Analyst();
        var changes = await Api.GetAsync<VersionChanges>(analyst, $"/api/v1/typologies/{first.Code}/versions/2/changes");
        Assert.Equal((2, (int?)1), (changes.Version, changes.PreviousVersion));
        Assert.Equal(["title", "audience", "indicators[STRUCT-1].rule"], changes.Changes.Select(c => c.Field));
        var distributions = await Api.GetAsync<List<DistributionView>>(analyst, $"/api/v1/typologies/{first.Code}/distributions");
        Assert.Equal(4, distributions.Count);
        Assert.NotNull(distributions.Single(d => d.Version == 1 && d.Recipient == "bank-alpha").SupersededAt);
        Assert.NotNull(distributions.Single(d => d.Version == 1 && d.Recipient == "bank-beta").WithdrawnAt);
        Assert.Equal("ReadApi", distributions.Single(d => d.Version == 2 && d.Recipient == "police-ecu").SentAs);
    }

    [Fact]
    public async Task Withdraw_WhenPublished_TellsEveryHolderAndStopsScreening()
    {
        var body = Drafts.Structuring();
        await Api.PublishAsync(host, body);
        using var analyst = host.Analyst(TypologyHost.Analyst2);

        var details = await Api.ReadAsync<TypologyDetails>(await Api.PostAsync(analyst, $"/api/v1/typologies/{body.Code}/withdraw", new ReasonBody { Reason = "Superseded by T-2026-900." }), System.Net.HttpStatusCode.OK);
        await host.SettleAsync();

        Assert.Equal("Withdrawn", details.Status);
        var withdrawn = host.Bus.Received<TypologyWithdrawn>().Where(m => m.Code == body.Code).ToList();
        Assert.Equal(["bank-alpha", "bank-beta"], withdrawn.Select(m => m.RecipientOrganisationId).Order(StringComparer.Ordinal));
        Assert.All(withdrawn, m => Assert.Equal(("Superseded by T-2026-900.", 1), (m.Reason, m.Version)));
        Assert.Contains(host.Bus.Received<TypologyScreeningChanged>(), m => m.Code == body.Code && m.Withdrawn && m.Indicators.Count == 0);
        var again = await Api.ProblemAsync(await Api.PostAsync(analyst, $"/api/v1/typologies/{body.Code}/withdraw", new ReasonBody { Reason = "Again." }));
        Assert.Equal((409, TypologyErrorCodes.AlreadyWithdrawn), (again.Status, again.FieldErrors!.Single().Code));
    }

    [Fact]
    public async Task Approve_WhenTheNamedBanksAgreementWasSuspendedAfterSubmission_RefusesAndSendsNothing()
    {
        var body = Drafts.Structuring(audience: Drafts.Named("bank-alpha"));
        using var author = host.Analyst(TypologyHost.Analyst1);
        using var reviewer = host.Analyst(TypologyHost.Analyst2);
        await Api.ExpectAsync(await Api.CreateAsync(author, body), System.Net.HttpStatusCode.Created);
        await Api.ExpectAsync(await Api.SubmitAsync(author, body.Code!), System.Net.HttpStatusCode.OK);
        host.ChangeAgreement(TypologyAgreements.Partnership(Contracts.Agreements.AgreementStatus.Suspended));
        try
        {
            var problem = await Api.ProblemAsync(await Api.ApproveAsync(reviewer, body.Code!));

            Assert.Equal((403, "audience.organisations[0]", "agreement-suspended"), (problem.Status, problem.FieldErrors!.Single().Path, problem.FieldErrors!.Single().Code));
        }
        finally
        {
            host.ChangeAgreement(TypologyAgreements.Partnership());
        }

        await host.SettleAsync();
        Assert.DoesNotContain(host.Bus.Received<TypologyPublished>(), m => m.Typology.Code == body.Code);
        Assert.Empty(await host.QueryAsync(db => db.Distributions.Where(d => d.Code == body.Code).ToListAsync()));
    }
}

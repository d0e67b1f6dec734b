using System.Net;
using Concord.Cases.Domain;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>Closing a case tells the FIU and, as the agreement allows, each bank whose reports contributed — each bank only its own reports.</summary>
public sealed class OutcomeTests(TaskForceHost host) : IClassFixture<TaskForceHost>
{
    [Fact]
    public async Task Close_ReportsTheOutcomeToTheFiuAndOnlyToContributingBanksWithAFlow()
    {
        using var police = host.Person("alice", "police-ecu");
        // Note: bank-alpha and bank-beta contributed; the agreement has Feedback flows to bank-alpha and bank-gamma, not bank-beta.
        var disseminated = await DisseminateAsync(host, police, "bank-alpha", "bank-alpha", "bank-beta");
        var opened = await OpenFromAsync(police, disseminated.DisseminationReference);

        var closed = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones",
            new { milestone = "Closed", outcome = "NoFurtherAction", reason = "The subjects left the jurisdiction." });

        Assert.Equal(HttpStatusCode.OK, closed.Status);
        var reference = opened.Reference!;
        var fiu = await host.Bus.WaitForAsync<CaseOutcomeReported>(m => m.CaseReference == reference, "the FIU is told the outcome");
        Assert.Equal(("fiu-gb", CaseOutcomeKind.NoFurtherAction, "police-ecu"), (fiu.FiuOrganisationId, fiu.Outcome, fiu.ReportedBy));
        Assert.Equal(disseminated.Reports.Select(r => r.ConcordReference).Order(), fiu.Reports.Select(r => r.ConcordReference).Order());
        Assert.Equal([disseminated.DisseminationReference], fiu.DisseminationReferences);
        Assert.Equal(["fiu-gb"], fiu.Envelope!.Recipients);
        Assert.Equal((Purpose.Feedback, DataCategory.Outcome, "police-ecu"), (fiu.Envelope.Purpose, Assert.Single(fiu.Envelope.DataCategories), fiu.Envelope.Originator));
        Assert.Equal(["Opened", "Closed"], fiu.Milestones.Select(m => m.Milestone));
        var alpha = await host.Bus.WaitForAsync<CaseOutcomeSharedWithBank>(m => m.CaseReference == reference, "bank-alpha is told the outcome");
        Assert.Equal("bank-alpha", alpha.BankOrganisationId);
        Assert.Equal(disseminated.Reports.Where(r => r.BankOrganisationId == "bank-alpha").Select(r => r.ConcordReference).Order(), alpha.Reports.Select(r => r.ConcordReference).Order());
        Assert.All(alpha.Reports, r => Assert.Equal("bank-alpha", r.BankOrganisationId));
        Assert.Equal(["bank-alpha"], alpha.Envelope!.Recipients);

        // Note: every copy was put in the outbox with the close; once it is empty, nothing more is coming.
        await Eventually.AssertAsync(async () => !await host.QueryAsync(db => db.Set<OutboxMessage>().AnyAsync()), "the outbox is empty");
        Assert.Single(host.Bus.Received<CaseOutcomeSharedWithBank>(), m => m.CaseReference == reference);
        var timeline = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/timeline");
        var shared = timeline.Body.EnumerateArray().Where(e => e.GetProperty("type").GetString() == nameof(OutcomeShared))
            .Select(e => (e.GetProperty("event").GetProperty("recipient").GetString(), e.GetProperty("event").GetProperty("sent").GetBoolean())).ToList();
        Assert.Equal([("fiu-gb", true), ("bank-alpha", true), ("bank-beta", false)], shared);
    }

    [Fact]
    public async Task Close_WhenTheCaseHasNoDissemination_SendsNothingAndGivesTheCaseAReference()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);

        var closed = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones", new { milestone = "Closed", outcome = "NoFurtherAction", reason = "Nothing found." });
        var refused = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones", new { milestone = "Closed", outcome = "NoFurtherAction", reason = "Again." });

        Assert.Equal(HttpStatusCode.OK, closed.Status);
        Assert.StartsWith("CASE-2026-", closed.Body.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.DoesNotContain(host.Bus.Received<CaseOutcomeReported>(), m => m.CaseReference == opened.Reference);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Contracts.Cases;
using Concord.Fiu.Consumers;
using Concord.Fiu.Tests.Integration;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.Fiu.Tests.Disseminations.DisseminationTests;

namespace Concord.Fiu.Tests.Disseminations;

/// <summary>The task force tells the FIU how a case ended: taken once however often delivered, shown on the dissemination, the report and the list.</summary>
public sealed class CaseOutcomeTests(TaskForceFiu fixture) : IClassFixture<TaskForceFiu>
{
    private FiuHost Host => fixture.Host;

    [Fact]
    public async Task CaseOutcomeReported_DeliveredTwiceAndRepublished_IsStoredOnceAndShownOnTheDisseminationTheReportAndTheList()
    {
        var filed = await fixture.FileAsync("bank-alpha");
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var dissemination = await DisseminateAsync(analyst, [filed.ConcordReference]);
        var outcome = Outcome(filed, dissemination);
        var (first, republished) = (Guid.NewGuid(), Guid.NewGuid());

        await PublishAsync(outcome, first);
        await PublishAsync(outcome, first);
        await PublishAsync(outcome, republished);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(first) == 2 && Host.Intake.Completed(republished) == 1), "the FIU has dealt with every copy");

        Assert.Equal(1, await Host.QueryAsync(db => db.CaseOutcomes.CountAsync(o => o.CaseReference == outcome.CaseReference)));
        Assert.Equal(1, await Host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == $"case-outcome:{outcome.CaseReference}" && e.Action.StartsWith("take case outcome"))));

        var details = await analyst.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/disseminations/{dissemination}"));
        var shown = Assert.Single(details.GetProperty("outcomes").EnumerateArray());
        Assert.Equal((outcome.CaseReference, "Convicted", outcome.Summary), (shown.GetProperty("caseReference").GetString(), shown.GetProperty("outcome").GetString(), shown.GetProperty("summary").GetString()));
        Assert.Equal(["Opened", "Charged", "Closed"], shown.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("milestone").GetString()));
        Assert.Equal(outcome.ClosedAt, shown.GetProperty("closedAt").GetDateTimeOffset());

        var list = await analyst.GetFromJsonAsync<JsonElement>(Uri("/api/v1/disseminations?pageSize=200"));
        Assert.Equal("Convicted", list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == dissemination).GetProperty("outcome").GetString());

        var byReport = await analyst.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/reports/{filed.ConcordReference}/case-outcomes"));
        Assert.Equal(outcome.CaseReference, Assert.Single(byReport.GetProperty("items").EnumerateArray()).GetProperty("caseReference").GetString());
        var all = await analyst.GetFromJsonAsync<JsonElement>(Uri("/api/v1/case-outcomes?pageSize=200"));
        Assert.Single(all.GetProperty("items").EnumerateArray(), o => o.GetProperty("caseReference").GetString() == outcome.CaseReference);

        using var unknownReport = await analyst.GetAsync(Uri("/api/v1/reports/CR-2026-0000000000/case-outcomes"));
        Assert.Equal(HttpStatusCode.NotFound, unknownReport.StatusCode);
    }

    [Fact]
    public async Task CaseOutcomeReported_WithoutABasis_IsQuarantinedAndNotStored()
    {
        var filed = await fixture.FileAsync("bank-alpha");
        // Note: a bank has no Feedback flow to the FIU under the task force's agreement.
        var outcome = Outcome(filed, "DIS-2026-0000000000") with { ReportedBy = "bank-alpha", Envelope = TaskForce.OutcomeEnvelope("bank-alpha") };
        var messageId = Guid.NewGuid();

        await PublishAsync(outcome, messageId);

        await Eventually.AssertAsync(() => Host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Outcome == AuditOutcome.Denied && e.Subject.Contains(messageId.ToString()))), "the refusal is audited");
        Assert.Equal(0, await Host.QueryAsync(db => db.CaseOutcomes.CountAsync(o => o.CaseReference == outcome.CaseReference)));
    }

    [Fact]
    public async Task CaseOutcomeReported_ForAnotherFiu_IsRefusedAndNotStored()
    {
        var filed = await fixture.FileAsync("bank-alpha");
        var outcome = Outcome(filed, "DIS-2026-0000000000") with { FiuOrganisationId = "fiu-fr" };
        var messageId = Guid.NewGuid();

        await PublishAsync(outcome, messageId);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(messageId) == 1), "the FIU has dealt with the outcome");

        Assert.Equal(0, await Host.QueryAsync(db => db.CaseOutcomes.CountAsync(o => o.CaseReference == outcome.CaseReference)));
        var refusal = await Host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"case-outcome:{outcome.CaseReference}"));
        Assert.Equal((AuditOutcome.Denied, "outcome-not-addressed-to-fiu"), (refusal.Outcome, refusal.Reasons));
    }

    private Task PublishAsync(CaseOutcomeReported outcome, Guid messageId) =>
        Host.Bus.Bus.Publish(outcome, context => context.MessageId = messageId);

    private static CaseOutcomeReported Outcome(Contracts.Filing.SuspiciousActivityReported filed, string dissemination)
    {
        var closedAt = new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);
        var caseReference = $"CASE-2026-{Guid.NewGuid():N}"[..19];
        return new CaseOutcomeReported
        {
            OutcomeId = Guid.NewGuid(),
            CaseReference = caseReference,
            FiuOrganisationId = DemoAgreements.Fiu,
            Outcome = CaseOutcomeKind.Convicted,
            Summary = "Two defendants convicted of money laundering; confiscation order made.",
            Milestones =
            [
                new ReachedMilestone { Milestone = "Opened", At = closedAt.AddDays(-90) },
                new ReachedMilestone { Milestone = "Charged", At = closedAt.AddDays(-30) },
                new ReachedMilestone { Milestone = "Closed", At = closedAt },
            ],
            Reports = [new ContributingReport { ReportId = filed.ReportId, ConcordReference = filed.ConcordReference, BankOrganisationId = filed.BankOrganisationId }],
            DisseminationReferences = [dissemination],
            ReportedBy = TaskForce.Police,
            ClosedAt = closedAt,
            Envelope = TaskForce.OutcomeEnvelope(lineage: [dissemination]),
        };
    }
}

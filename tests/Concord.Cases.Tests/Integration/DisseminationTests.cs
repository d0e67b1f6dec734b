using System.Net;
using Concord.Cases.Domain;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>A dissemination arrives over the bus for its recipient, and only that organisation sees it, takes it, and reads it in the case.</summary>
public sealed class DisseminationTests(TaskForceHost host) : IClassFixture<TaskForceHost>
{
    [Fact]
    public async Task Dissemination_WhenItArrives_TheRecipientOpensACaseFromItAndNobodyElseSeesIt()
    {
        using var police = host.Person("alice", "police-ecu");
        var disseminated = await DisseminateAsync(host, police, "bank-alpha", "bank-beta");
        var reference = disseminated.DisseminationReference;

        var pending = await Api.SendAsync(police, HttpMethod.Get, "/api/v1/disseminations?pageSize=200");
        Assert.Contains(pending.Body.GetProperty("items").EnumerateArray(), d => d.GetProperty("reference").GetString() == reference && d.GetProperty("pending").GetBoolean());
        foreach (var (person, organisation, kind) in new[] { ("pat", "cps-demo", "Prosecutor"), ("vera", "bank-alpha", "Bank"), ("frank", "fiu-gb", "Fiu") })
        {
            using var other = host.Person(person, organisation, kind);
            var hidden = await Api.SendAsync(other, HttpMethod.Get, $"/api/v1/disseminations/{reference}");
            var unknown = await Api.SendAsync(other, HttpMethod.Get, "/api/v1/disseminations/DIS-2026-NOSUCHTHING");
            var take = await Api.SendAsync(other, HttpMethod.Post, $"/api/v1/disseminations/{reference}/case", new { title = "Mine now", caseType = "MoneyLaundering" });
            var list = await Api.SendAsync(other, HttpMethod.Get, "/api/v1/disseminations?pageSize=200");
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.Status, take.Status));
            Assert.Equal(WithoutTraceId(unknown.Body), WithoutTraceId(hidden.Body));
            Assert.DoesNotContain(list.Body.GetProperty("items").EnumerateArray(), d => d.GetProperty("reference").GetString() == reference);
            Assert.Equal(list.Body.GetProperty("items").GetArrayLength(), list.Body.GetProperty("total").GetInt32());
        }

        var opened = await OpenFromAsync(police, reference);

        Assert.StartsWith("CASE-2026-", opened.Reference, StringComparison.Ordinal);
        Assert.Equal(1, opened.Items);
        var item = Assert.Single(await ItemsAsync(police, opened.Id));
        Assert.Equal((ItemKind.Dissemination, "fiu-gb", "police-ecu", Tlp.AmberStrict), (item.Kind, item.Originator, item.Holder, item.Marking));
        Assert.Equal([.. disseminated.Reports.Select(r => r.ConcordReference), reference], item.Lineage);
        var again = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/disseminations/{reference}/case", new { title = "Twice", caseType = "MoneyLaundering" });
        var added = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/disseminations", new { reference });
        Assert.Equal((HttpStatusCode.Conflict, CaseErrorCodes.DisseminationAlreadyTaken), (again.Status, Api.Code(again.Body)));
        Assert.Equal((HttpStatusCode.Conflict, CaseErrorCodes.DisseminationAlreadyTaken), (added.Status, Api.Code(added.Body)));
        var taken = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/disseminations/{reference}");
        Assert.False(taken.Body.GetProperty("pending").GetBoolean());
        Assert.Equal(opened.Id, taken.Body.GetProperty("caseId").GetGuid());
    }

    [Fact]
    public async Task Item_FromTheFiu_IsHiddenFromAProsecutorMemberUntilTheFiuConsents()
    {
        using var police = host.Person("alice", "police-ecu");
        var disseminated = await DisseminateAsync(host, police, "bank-alpha");
        var opened = await OpenFromAsync(police, disseminated.DisseminationReference);
        var itemId = Assert.Single(await ItemsAsync(police, opened.Id)).ItemId;
        await Api.AddMemberAsync(police, opened.Id, "pat", "cps-demo", "Prosecutor");
        using var prosecutor = host.Person("pat", "cps-demo", "Prosecutor");

        var hidden = await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}");
        var unknown = await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{Guid.NewGuid()}");
        var view = await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}");
        var timeline = await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/timeline");

        Assert.Empty(await ItemsAsync(prosecutor, opened.Id));
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(WithoutTraceId(unknown.Body), WithoutTraceId(hidden.Body));
        Assert.Equal(0, view.Body.GetProperty("items").GetInt32());
        Assert.DoesNotContain(timeline.Body.EnumerateArray(), e => e.GetProperty("type").GetString() == nameof(ItemAdded));
        Assert.DoesNotContain(disseminated.AnalysisNote, timeline.Body.ToString(), StringComparison.Ordinal);

        host.Grant(new OnwardSharingConsent
        {
            ConsentId = Guid.NewGuid(), Originator = "fiu-gb", Recipient = "cps-demo", Purpose = Purpose.Prosecution,
            GrantedAt = DateTimeOffset.UtcNow.AddMinutes(-1), ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });

        var read = await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(disseminated.AnalysisNote, read.Body.GetProperty("text").GetString());
        Assert.Equal(1, (await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Body.GetProperty("items").GetInt32());
        Assert.True(await host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Read && e.Subject == $"item:{itemId}" && e.Actor == "cps-demo/pat")));
    }

    [Fact]
    public async Task Dissemination_DeliveredTwice_IsStoredOnceAndTheSecondCopyAudited()
    {
        using var police = host.Person("alice", "police-ecu");
        var disseminated = await DisseminateAsync(host, police, "bank-alpha");

        await host.Bus.PublishAsync(disseminated);

        var subject = $"dissemination:{disseminated.DisseminationReference}";
        await Eventually.AssertAsync(() => host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Subject == subject && e.Reasons == "dissemination-already-received")),
            "the second copy is refused and audited");
        Assert.Equal(1, await host.QueryAsync(db => db.Disseminations.CountAsync(d => d.Reference == disseminated.DisseminationReference)));
    }

    [Fact]
    public async Task Dissemination_ToAnOrganisationTheServiceDoesNotHost_IsQuarantinedNotStored()
    {
        using var police = host.Person("alice", "police-ecu");
        var anchor = await DisseminateAsync(host, police, "bank-alpha");
        var reference = NewReference("DIS");
        var stray = anchor with { DisseminationId = Guid.NewGuid(), DisseminationReference = reference, RecipientOrganisationId = "police-other", Envelope = TaskForceAgreement.Dissemination(reference, "police-other") };

        await host.Bus.PublishAsync(stray);

        // Note: details is a json column; the denials are few, so they are matched here.
        await Eventually.AssertAsync(async () => (await host.QueryAsync(db => db.Set<AuditEntry>()
                .Where(e => e.Action.StartsWith("receive IntelligenceDisseminated") && e.Outcome == AuditOutcome.Denied).Select(e => e.Details).ToListAsync()))
            .Any(details => details is not null && details.Contains(reference, StringComparison.Ordinal)), "the stray dissemination is refused at the enforcement point");
        Assert.False(await host.QueryAsync(db => db.Disseminations.AnyAsync(d => d.Reference == reference)));
    }

    [Fact]
    public async Task AddDissemination_ToACaseTheCallerLeads_BecomesAnItem()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        var disseminated = await DisseminateAsync(host, police, "bank-beta");

        var added = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/disseminations", new { reference = disseminated.DisseminationReference });
        var missing = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/disseminations", new { reference = "" });

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal(disseminated.DisseminationReference, Assert.Single(await ItemsAsync(police, opened.Id)).Lineage[^1]);
        Assert.Equal((HttpStatusCode.BadRequest, CaseErrorCodes.Required), (missing.Status, Api.Code(missing.Body)));
    }
}

using System.Net;
using Concord.Cases.Domain;
using Concord.Contracts.Cases;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// The retention job, with the service's clock moved past what it holds: an item due is purged (content out of the
/// database, documents deleted, audited, shown as purged), one not due is untouched, pending disseminations due are
/// deleted, a second run does nothing, and the append-only trigger lets nothing else through.
/// </summary>
public sealed class RetentionTests(RetentionHost host) : IClassFixture<RetentionHost>
{
    // Note: what the FIU and the banks send carries retainUntil now + 2000 days; a member's own item 2190 days.
    private static readonly TimeSpan PastTheEnvelopes = TimeSpan.FromDays(2001);

    [Fact]
    public async Task Purge_WhenRetentionEnded_PurgesDueItemsAndPendingDisseminationsOnceAndLeavesTheRestAlone()
    {
        using var police = host.Person("alice", "police-ecu");
        using var alpha = host.Person("vera", "bank-alpha", "Bank");
        using var beta = host.Person("bert", "bank-beta", "Bank");
        var taken = await DisseminateAsync(host, police, "bank-alpha");
        var opened = await OpenFromAsync(police, taken.DisseminationReference);
        var pending = await DisseminateAsync(host, police, "bank-beta");
        await Api.AddMemberAsync(police, opened.Id, "vera", "bank-alpha", "BankInvestigator");
        var request = Assert.Single(await RequestProductionAsync(police, opened.Id, "bank-alpha"));
        var requested = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == request.ProductionRequestId, "the request to bank-alpha is published");
        var document = Document("kyc.csv", "name,dob\nJon Marlow,1980-02-02\n");
        await host.Bus.PublishAsync(Answer(requested, "bank-alpha", document));
        await WaitForAnswerAuditAsync(host, requested.RequestReference, "");
        var own = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items",
            new { kind = "Intelligence", title = "Courier seen at the branch", text = "Deposits split under the threshold.", marking = "Amber" });
        Assert.Equal(HttpStatusCode.Created, own.Status);
        var ownId = own.Body.GetProperty("itemId").GetGuid();
        var items = await ItemsAsync(police, opened.Id);
        var dissemination = items.Single(i => i.Kind == ItemKind.Dissemination).ItemId;
        var produced = items.Single(i => i.Kind == ItemKind.ProducedDocuments).ItemId;
        Assert.Equal(2, await ContentCountAsync(opened.Id, "kyc.csv", "Statements attached.", taken.AnalysisNote, taken.Title));
        Assert.Equal(1, await host.QueryAsync(db => db.Documents.CountAsync(d => d.ItemId == produced)));
        var report = taken.Reports[0].ConcordReference;
        host.Fiu.Knows(report, "bank-alpha", CaseAgreements.Id);
        var reportPath = $"/api/v1/cases/{opened.Id}/items/{dissemination}/reports/{report}";
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(police, HttpMethod.Get, reportPath)).Status);

        host.Advance(PastTheEnvelopes);
        var first = await host.PurgeAsync();
        var eventsAfterFirst = await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id));
        var purgesAfterFirst = await PurgeAuditCountAsync();
        var second = await host.PurgeAsync();

        Assert.True(first["case items"] >= 2 && first["pending disseminations"] >= 1, string.Join(", ", first));
        Assert.Equal([0, 0], [second["case items"], second["pending disseminations"]]);
        Assert.Equal(eventsAfterFirst, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id)));
        Assert.Equal(purgesAfterFirst, await PurgeAuditCountAsync());

        // In the database: the content and the documents are gone, the pending dissemination too; the taken one names its item, empty.
        Assert.Equal(0, await ContentCountAsync(opened.Id, "Jon Marlow", "kyc.csv", "Statements attached.", taken.AnalysisNote, taken.Title));
        Assert.Equal(1, await ContentCountAsync(opened.Id, "Deposits split under the threshold."));
        Assert.False(await host.QueryAsync(db => db.Documents.AnyAsync(d => d.CaseId == opened.Id)));
        Assert.False(await host.QueryAsync(db => db.Disseminations.AnyAsync(d => d.Reference == pending.DisseminationReference)));
        var kept = await host.QueryAsync(db => db.Disseminations.SingleAsync(d => d.Reference == taken.DisseminationReference));
        Assert.Equal(("", "", dissemination), (kept.Title, kept.AnalysisNote, kept.TakenAsItemId));
        var purgedAt = await host.QueryAsync(db => db.Items.Where(i => i.CaseId == opened.Id).ToDictionaryAsync(i => i.ItemId, i => i.PurgedAt));
        Assert.Equal((true, true, false), (purgedAt[dissemination] is not null, purgedAt[produced] is not null, purgedAt[ownId] is not null));

        // Audited: one Purge entry per item and per pending dissemination, by the retention job.
        var audited = await host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Kind == AuditKind.Purge).Select(e => e.Subject).ToListAsync());
        Assert.Equal(1, audited.Count(s => s == $"item:{produced}"));
        Assert.Equal(1, audited.Count(s => s == $"item:{dissemination}"));
        Assert.Equal(1, audited.Count(s => s == $"dissemination:{pending.DisseminationReference}"));
        Assert.DoesNotContain($"item:{ownId}", audited);

        // Through the API: purged items keep their provenance, lose their content; the timeline says so.
        var item = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{produced}");
        Assert.Equal(HttpStatusCode.OK, item.Status);
        Assert.Equal(("", "bank-alpha", 0), (item.Body.GetProperty("title").GetString(), item.Body.GetProperty("originator").GetString(), item.Body.GetProperty("documents").GetArrayLength()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.Body.GetProperty("text").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, item.Body.GetProperty("purgedAt").ValueKind);
        var listed = await ItemsAsync(police, opened.Id);
        Assert.All(listed.Where(i => i.ItemId != ownId), i => Assert.True(i.PurgedAt is not null && i.Title.Length == 0 && i.Documents == 0));
        Assert.Contains(requested.RequestReference, listed.Single(i => i.ItemId == produced).Lineage);
        Assert.Equal(("Courier seen at the branch", null), (listed.Single(i => i.ItemId == ownId).Title, listed.Single(i => i.ItemId == ownId).PurgedAt));
        var fetched = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{produced}/documents/{document.DocumentId}");
        Assert.Equal(HttpStatusCode.NotFound, fetched.Status);
        var reportAfter = await Api.SendAsync(police, HttpMethod.Get, reportPath);
        Assert.Equal((HttpStatusCode.NotFound, CaseErrorCodes.ReportNotFound), (reportAfter.Status, Api.Code(reportAfter.Body)));
        Assert.Single(host.Fiu.Requests, r => r.ConcordReference == report);
        var timeline = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/timeline");
        Assert.Equal(2, timeline.Body.EnumerateArray().Count(e => e.GetProperty("type").GetString() == nameof(ItemPurged)));
        Assert.Equal(["retention"], timeline.Body.EnumerateArray().Where(e => e.GetProperty("type").GetString() == nameof(ItemPurged)).Select(e => e.GetProperty("by").GetString()).Distinct());

        // The bank sees its own purged item as purged; an organisation outside the case sees nothing, as for an unknown item.
        Assert.NotNull((await ItemsAsync(alpha, opened.Id)).Single(i => i.ItemId == produced).PurgedAt);
        var outsider = await Api.SendAsync(beta, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{produced}");
        var unknown = await Api.SendAsync(beta, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{Guid.NewGuid()}");
        Assert.Equal((HttpStatusCode.NotFound, WithoutTraceId(unknown.Body)), (outsider.Status, WithoutTraceId(outsider.Body)));
    }

    [Fact]
    public async Task Purge_WhenNothingIsDue_LeavesTheCaseUntouched()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        var added = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items",
            new { kind = "Note", title = "Not due yet", text = "Kept for six years.", marking = "Green" });
        var events = await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id));

        await host.PurgeAsync();

        Assert.Equal(events, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id)));
        Assert.Equal(1, await ContentCountAsync(opened.Id, "Kept for six years."));
        Assert.Null(Assert.Single(await ItemsAsync(police, opened.Id)).PurgedAt);
        Assert.Equal(HttpStatusCode.Created, added.Status);
    }

    [Fact]
    public async Task CaseEvents_AnyOtherRewrite_IsStillRefusedByTheTrigger()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        var added = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items",
            new { kind = "Note", title = "Evidence", text = "Untouchable.", marking = "Green" });
        var itemId = added.Body.GetProperty("itemId").GetGuid().ToString();

        // Not purged (no ItemPurged event), even with the setting named: refused.
        var scrub = await RewriteAsync(itemId, opened.Id, "payload = case_events_scrubbed(payload)");
        // Any other change, with the setting: refused.
        var edit = await RewriteAsync(itemId, opened.Id, "payload = jsonb_set(payload, '{{item,text}}', '\"edited\"')");
        var delete = await ExecuteAsync($"DELETE FROM case_events WHERE case_id = '{opened.Id}'");

        Assert.Equal((PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.InsufficientPrivilege), (scrub, edit, delete));
        Assert.Equal(1, await ContentCountAsync(opened.Id, "Untouchable."));
    }

    private Task<int> ContentCountAsync(Guid caseId, params string[] texts) => host.QueryAsync(async db =>
    {
        var payloads = await db.Database.SqlQuery<string>($"SELECT payload::text AS \"Value\" FROM case_events WHERE case_id = {caseId}").ToListAsync();
        return payloads.Count(payload => texts.Any(text => payload.Contains(text, StringComparison.Ordinal)));
    });

    private Task<int> PurgeAuditCountAsync() => host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Kind == AuditKind.Purge));

    private Task<string?> RewriteAsync(string itemId, Guid caseId, string set) => ExecuteAsync($"""
        SELECT set_config('concord.purging_item', '{itemId}', true);
        UPDATE case_events SET {set} WHERE case_id = '{caseId}' AND type = 'ItemAdded' AND payload->'item'->>'itemId' = '{itemId}';
        """);

    /// <summary>Runs SQL in a transaction of its own; returns the SQL state it failed with, or null.</summary>
    private Task<string?> ExecuteAsync(string sql) => host.QueryAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
#pragma warning disable EF1002 // Note: test SQL from constants and ids the test made.
            await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
            return null;
        }
        catch (PostgresException exception)
        {
            return exception.SqlState;
        }
    });
}

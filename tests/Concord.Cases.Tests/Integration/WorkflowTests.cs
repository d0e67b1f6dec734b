using System.Net;
using System.Text.Json;
using Concord.Cases.Domain;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Cases.Tests.Integration;

/// <summary>A case worked over HTTP: tasks, milestones to closure, the timeline and the audit chain, against the real database.</summary>
public sealed class WorkflowTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task AddTask_WhenTheAssigneeIsNotAMember_IsRefusedAndNothingIsStored()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);

        var (status, problem) = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/tasks", new { title = "Interview the director", assignee = "mallory", dueOn = "2099-01-31" });

        Assert.Equal((HttpStatusCode.BadRequest, CaseErrorCodes.AssigneeNotMember), (status, Api.Code(problem)));
        Assert.Equal("assignee", problem.GetProperty("fieldErrors")[0].GetProperty("path").GetString());
        Assert.Equal(opened.Version, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id)));
    }

    [Fact]
    public async Task Open_CreatesTheTemplateTasks_AndAMemberCompletesTheirTask()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead, caseType: CaseTypes.Fraud);
        Assert.Equal(CaseTypes.Templates[CaseTypes.Fraud].Select(t => t.Title).Order(), opened.Tasks.Select(t => t.Title).Order());
        await Api.AddMemberAsync(lead, opened.Id, "ian", "police-ecu", "Investigator");
        var (_, added) = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/tasks", new { title = "Trace the mule accounts", assignee = "ian", dueOn = "2099-01-31" });
        var taskId = added.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("assignee").GetString() == "ian").GetProperty("taskId").GetGuid();
        using var investigator = host.Person("ian", "police-ecu");

        var (status, done) = await Api.SendAsync(investigator, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/tasks/{taskId}/complete");

        Assert.Equal(HttpStatusCode.OK, status);
        var task = done.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("taskId").GetGuid() == taskId);
        Assert.Equal(("Done", "ian"), (task.GetProperty("status").GetString(), task.GetProperty("completedBy").GetString()));
    }

    [Fact]
    public async Task ChangeMilestone_WhenIllegal_Is409NamingBothMilestones()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);

        var (status, problem) = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones", new { milestone = "Charged" });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal((CaseErrorCodes.IllegalMilestoneTransition, "Opened", "Charged"),
            (Api.Code(problem), problem.GetProperty("from").GetString(), problem.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Case_WorkedToClosure_HasItsTimelineWithWhoAndWhen_AndEveryChangeAudited()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);
        await Api.AddMemberAsync(lead, opened.Id, "pat", "cps-demo", "Prosecutor");
        using var prosecutor = host.Person("pat", "cps-demo", "Prosecutor");
        foreach (var (who, milestone) in new[] { (lead, "UnderInvestigation"), (lead, "AssetsFrozen"), (lead, "ReferredToProsecution"), (prosecutor, "Charged") })
        {
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(who, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones", new { milestone })).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(prosecutor, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/notes", new { text = "Charging decision made." })).Status);
        var unexplained = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones", new { milestone = "Closed", outcome = "Convicted" });
        var (status, closed) = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/milestones", new { milestone = "Closed", outcome = "Convicted", reason = "Guilty plea." });

        Assert.Equal((HttpStatusCode.BadRequest, CaseErrorCodes.ReasonRequired), (unexplained.Status, Api.Code(unexplained.Body)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Closed", "Convicted", "Guilty plea."), (closed.GetProperty("milestone").GetString(), closed.GetProperty("outcome").GetString(), closed.GetProperty("outcomeReason").GetString()));
        var (_, timeline) = await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/timeline");
        var entries = timeline.EnumerateArray().ToList();
        Assert.Equal(
            ["MilestoneReached:alice", "MilestoneReached:alice", "MilestoneReached:alice", "MilestoneReached:pat", "NoteAdded:pat", "CaseClosed:alice"],
            entries.Skip(opened.Version + 1).Select(e => $"{e.GetProperty("type").GetString()}:{e.GetProperty("by").GetString()}"));
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal("cps-demo", entries.Single(e => e.GetProperty("type").GetString() == "NoteAdded").GetProperty("byOrganisation").GetString());
        var audited = await host.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.Subject == $"case:{opened.Id}" && a.Kind == AuditKind.Analysis).CountAsync());
        Assert.Equal(8, audited); // open, add member, four milestones, note, close
        var after = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/notes", new { text = "After closure." });
        Assert.Equal((HttpStatusCode.Conflict, CaseErrorCodes.CaseClosed), (after.Status, Api.Code(after.Body)));
    }

    [Fact]
    public async Task CaseEvents_AreAppendOnly()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => host.QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM case_events WHERE case_id = {opened.Id}")));

        Assert.Contains("append-only", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_WhenTheCallerIsABank_IsForbidden()
    {
        using var bank = host.Person("vera", "bank-alpha", "Bank");

        var (status, problem) = await Api.SendAsync(bank, HttpMethod.Post, "/api/v1/cases", new { title = "Ours", caseType = "Fraud", agreementCode = CaseAgreements.Code });

        Assert.Equal((HttpStatusCode.Forbidden, CaseErrorCodes.BankCannotOpenCase), (status, Api.Code(problem)));
    }

    [Fact]
    public async Task Open_WhenTheBodyIsInvalid_ListsEveryFieldError()
    {
        using var lead = host.Person("alice", "police-ecu");

        var (status, problem) = await Api.SendAsync(lead, HttpMethod.Post, "/api/v1/cases", new { title = "", caseType = "Burglary", agreementCode = CaseAgreements.Code });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["caseType", "title"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        _ = JsonSerializer.Serialize(problem);
    }
}

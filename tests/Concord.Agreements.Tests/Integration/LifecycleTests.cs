using System.Net;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>An agreement's whole life over REST with real tokens, and the events a replica sees on the real broker.</summary>
public sealed class LifecycleTests(AgreementsHost host) : IClassFixture<AgreementsHost>
{
    [Fact]
    public async Task Lifecycle_FromDraftToTermination_PublishesEveryChangeInForceWithItsRevision()
    {
        var draft = await host.DraftAsync();
        Assert.Equal((AgreementStatus.Draft, null, 1), (draft.Status, draft.VersionInForce, draft.PendingVersion));
        Assert.Equal(["bank-gamma", "fiu-gb"], draft.Versions[0].AwaitingApprovalFrom);

        var halfApproved = await host.ApproveAsync(draft.Id, Clients.BankGamma);
        Assert.Equal(AgreementStatus.Draft, halfApproved.Status);
        Assert.Equal(["fiu-gb"], halfApproved.Versions[0].AwaitingApprovalFrom);
        var approval = Assert.Single(halfApproved.Versions[0].Approvals);
        Assert.Equal(("bank-gamma", "bank-gamma-filing"), (approval.OrganisationId, approval.ApprovedBy));

        var active = await host.ApproveAsync(draft.Id, Clients.Fiu);
        Assert.Equal((AgreementStatus.Active, 1, null), (active.Status, active.VersionInForce, active.PendingVersion));
        var activated = await host.Events.WaitForAsync<AgreementChanged>(c => c.Terms.AgreementId == draft.Id, "the activation is published");
        Assert.Equal((AgreementChange.Activated, active.Revision, active.Revision), (activated.Change, activated.Sequence, activated.Terms.Revision));
        Assert.Equal((1, AgreementStatus.Active, draft.Code), (activated.Terms.Version, activated.Terms.Status, activated.Terms.Code));
        Assert.Equal("fiu-gb/fiu-gb-system", activated.ChangedBy);
        Assert.Equal(2, activated.Terms.Flows.Count);

        var suspended = await host.SecretariatAsync(draft.Id, "suspension", new ReasonRequest { Reason = "Data breach at the bank under review" });
        var resumed = await host.SecretariatAsync(draft.Id, "resumption", new ReasonRequest { Reason = "Review closed" });
        Assert.Equal((AgreementStatus.Suspended, AgreementStatus.Active), (suspended.Status, resumed.Status));
        Assert.True(active.Revision < suspended.Revision && suspended.Revision < resumed.Revision);

        var amendment = await host.SecretariatAsync(draft.Id, "amendments", new AmendmentRequest { Title = "Amended reporting terms", Reason = "Longer narrative retention" }, HttpStatusCode.Created);
        Assert.Equal((1, 2, resumed.Revision), (amendment.VersionInForce, amendment.PendingVersion, amendment.Revision));
        Assert.Equal(AgreementVersionState.Draft, amendment.Versions[1].State);
        await host.ApproveAsync(draft.Id, Clients.Fiu);
        var amended = await host.ApproveAsync(draft.Id, Clients.BankGamma);
        Assert.Equal((AgreementStatus.Active, 2, null), (amended.Status, amended.VersionInForce, amended.PendingVersion));
        Assert.Equal([AgreementVersionState.Superseded, AgreementVersionState.InForce], amended.Versions.Select(v => v.State));
        Assert.Equal("Amended reporting terms", amended.Title);

        var terminated = await host.SecretariatAsync(draft.Id, "termination", new ReasonRequest { Reason = "Bank left the partnership" });
        Assert.Equal(AgreementStatus.Terminated, terminated.Status);

        var changes = await Eventually.GetAsync(() => Task.FromResult(host.Events.Changes(draft.Id)), c => c.Count >= 5, "five changes in force are published");
        Assert.Equal(
            [AgreementChange.Activated, AgreementChange.Suspended, AgreementChange.Resumed, AgreementChange.Amended, AgreementChange.Terminated],
            changes.Select(c => c.Change));
        Assert.Equal([active.Revision, suspended.Revision, resumed.Revision, amended.Revision, terminated.Revision], changes.Select(c => c.Sequence));
        Assert.All(changes, c => Assert.Equal(c.Sequence, c.Terms.Revision));
        Assert.Equal([1, 1, 1, 2, 2], changes.Select(c => c.Terms.Version));
        Assert.Equal(
            [AgreementStatus.Active, AgreementStatus.Suspended, AgreementStatus.Active, AgreementStatus.Active, AgreementStatus.Terminated],
            changes.Select(c => c.Terms.Status));

        Assert.Equal(
            [AgreementEventKind.Drafted, AgreementEventKind.Approved, AgreementEventKind.Approved, AgreementEventKind.Activated,
             AgreementEventKind.Suspended, AgreementEventKind.Resumed, AgreementEventKind.AmendmentProposed,
             AgreementEventKind.Approved, AgreementEventKind.Approved, AgreementEventKind.Amended, AgreementEventKind.Terminated],
            terminated.History.Select(h => h.Change));
        var suspension = terminated.History.Single(h => h.Change == AgreementEventKind.Suspended);
        Assert.Equal(("secretariat-demo/secretariat-agreements", "Data breach at the bank under review", suspended.Revision), (suspension.By, suspension.Reason, suspension.Sequence));
        Assert.Null(terminated.History.Single(h => h.Change == AgreementEventKind.Drafted).Sequence);
    }

    [Fact]
    public async Task Lifecycle_EveryAction_AppendsOneAuditEntryAndTheChainVerifies()
    {
        var active = await host.ActiveAsync();
        await host.SecretariatAsync(active.Id, "suspension", new ReasonRequest { Reason = "Audit" });
        await host.SecretariatAsync(active.Id, "termination", new ReasonRequest { Reason = "Ended" });

        var entries = await host.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Subject == $"agreement:{active.Code}").OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(
            ["draft agreement", "approve agreement", "approve agreement", "activate agreement", "suspend agreement", "terminate agreement"],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((AuditKind.Change, AuditOutcome.Performed, (Guid?)active.Id), (e.Kind, e.Outcome, e.AgreementId)));
        Assert.Equal(["secretariat-demo/secretariat-agreements", "bank-gamma/bank-gamma-filing", "fiu-gb/fiu-gb-system"], entries.Take(3).Select(e => e.Actor));
        Assert.Contains("\"reason\":\"Audit\"", entries[4].Details, StringComparison.Ordinal);

        await using var connection = await host.OpenDatabaseAsync();
        var verification = await AuditVerifier.VerifyAsync(connection, [], CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.True(verification.LastSequence >= entries[^1].Sequence);
    }

    [Fact]
    public async Task EditDraft_AfterAnApproval_ClearsTheApprovalsAndKeepsTheDraftUnpublished()
    {
        var draft = await host.DraftAsync();
        await host.ApproveAsync(draft.Id, Clients.BankGamma);
        var gateway = await host.RegisterGatewayAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var edited = await Api.ExpectAsync(secretariat, HttpMethod.Put, $"/api/v1/agreements/{draft.Id}/draft",
            Drafts.Statutory(draft.Code, gateway) with { Title = "Edited title" }, HttpStatusCode.OK);

        Assert.Equal(("Edited title", AgreementStatus.Draft), (edited.Title, edited.Status));
        Assert.Empty(edited.Versions[0].Approvals);
        Assert.Equal(["bank-gamma", "fiu-gb"], edited.Versions[0].AwaitingApprovalFrom);
        Assert.Equal([gateway], edited.Versions[0].LegalGateways);
        // A change published after the draft's steps has arrived: had they been published, they would be here too.
        var later = await host.ActiveAsync();
        await host.Events.WaitForAsync<AgreementChanged>(c => c.Terms.AgreementId == later.Id, "a later activation is published");
        Assert.Empty(host.Events.Changes(draft.Id));
    }

    [Fact]
    public async Task EditDraft_WhenCodeChanges_Returns400AndKeepsTheDraft()
    {
        var draft = await host.DraftAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, problem) = await Api.SendAsync(secretariat, HttpMethod.Put, $"/api/v1/agreements/{draft.Id}/draft",
            Drafts.Statutory("AGR-OTHER", draft.Versions[0].LegalGateways[0]) with { Title = "Changed" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(("code", "Immutable"), Api.FieldErrors(problem));
        Assert.Equal(draft.Title, (await Api.GetAgreementAsync(secretariat, draft.Id)).Title);
    }

    [Fact]
    public async Task Approve_WhenTheSamePartyApprovesTwice_Returns409AndKeepsOneApproval()
    {
        var draft = await host.DraftAsync();
        await host.ApproveAsync(draft.Id, Clients.BankGamma);
        using var gamma = await host.ClientAsync(Clients.BankGamma);

        var (status, problem) = await Api.PostAsync(gamma, $"/api/v1/agreements/{draft.Id}/approvals");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("already approved version 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await Api.GetAgreementAsync(gamma, draft.Id)).Versions[0].Approvals);
    }

    [Fact]
    public async Task Approve_WhenCallerSeesTheAgreementButIsNoParty_Returns403()
    {
        var draft = await host.DraftAsync();
        using var oversight = await host.ClientAsync(Clients.Oversight);

        var (status, problem) = await Api.PostAsync(oversight, $"/api/v1/agreements/{draft.Id}/approvals");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("'oversight-demo' is not a party", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await Api.GetAgreementAsync(oversight, draft.Id)).Versions[0].Approvals);
    }

    [Fact]
    public async Task Approve_WhenCallerIsAnotherBankThatCannotSeeIt_Returns404LikeAnUnknownId()
    {
        var draft = await host.DraftAsync();
        using var beta = await host.ClientAsync(Clients.BankBeta);

        var (status, problem) = await Api.PostAsync(beta, $"/api/v1/agreements/{draft.Id}/approvals");
        var (unknownStatus, unknown) = await Api.PostAsync(beta, $"/api/v1/agreements/{Guid.NewGuid()}/approvals");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (status, unknownStatus));
        Assert.Equal(unknown.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
        Assert.DoesNotContain(draft.Code, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amend_WhileAVersionWaitsForApprovals_KeepsTheVersionInForceUntilEveryPartyApproves()
    {
        var active = await host.ActiveAsync();
        await host.SecretariatAsync(active.Id, "amendments", new AmendmentRequest { ValidUntil = new DateTimeOffset(2032, 6, 30, 0, 0, 0, TimeSpan.Zero) }, HttpStatusCode.Created);
        var halfway = await host.ApproveAsync(active.Id, Clients.BankGamma);

        Assert.Equal((1, 2, active.Revision), (halfway.VersionInForce, halfway.PendingVersion, halfway.Revision));
        Assert.Equal(AgreementVersionState.InForce, halfway.Versions[0].State);
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        var (status, problem) = await Api.PostAsync(secretariat, $"/api/v1/agreements/{active.Id}/amendments", new AmendmentRequest { Title = "Another" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Version 2 already waits for approvals; edit it, or wait until it takes effect.", problem.GetProperty("detail").GetString());
        Assert.Equal(active.Revision, (await Api.GetAgreementAsync(secretariat, active.Id)).Revision);
    }

    public static TheoryData<string, string, string> IllegalTransitions() => new()
    {
        { "Draft", "suspension", "The agreement is Draft; only an Active agreement can be suspended." },
        { "Draft", "resumption", "The agreement is Draft; only a Suspended agreement can be resumed." },
        { "Draft", "termination", "The agreement is Draft; only an Active or Suspended agreement can be terminated." },
        { "Draft", "amendments", "The agreement is Draft: it has no version in force to amend. Edit the draft instead." },
        { "Active", "resumption", "The agreement is Active; only a Suspended agreement can be resumed." },
        { "Active", "approvals", "There is no draft to approve: the agreement is Active at version 1." },
        { "Suspended", "suspension", "The agreement is Suspended; only an Active agreement can be suspended." },
        { "Terminated", "suspension", "The agreement is Terminated; only an Active agreement can be suspended." },
        { "Terminated", "resumption", "The agreement is Terminated; only a Suspended agreement can be resumed." },
        { "Terminated", "termination", "The agreement is Terminated; only an Active or Suspended agreement can be terminated." },
        { "Terminated", "amendments", "The agreement is Terminated: it can no longer be amended." },
    };

    [Fact]
    public async Task Approval_WhenItWouldPutASecondStatutoryAgreementOnTheSameGatewayInForce_Returns409NamingTheFirst()
    {
        var gateway = await host.RegisterGatewayAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        var first = await Api.ExpectAsync(secretariat, HttpMethod.Post, "/api/v1/agreements", Drafts.Statutory(Drafts.NewCode(), gateway), HttpStatusCode.Created);
        await host.ApproveAsync(first.Id, Clients.BankGamma);
        await host.ApproveAsync(first.Id, Clients.Fiu);
        var second = await Api.ExpectAsync(secretariat, HttpMethod.Post, "/api/v1/agreements", Drafts.Statutory(Drafts.NewCode(), gateway), HttpStatusCode.Created);
        await host.ApproveAsync(second.Id, Clients.BankGamma);
        using var fiu = await host.ClientAsync(Clients.Fiu);

        var (status, body) = await Api.PostAsync(fiu, $"/api/v1/agreements/{second.Id}/approvals", null);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains(first.Code, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var reader = await host.ClientAsync(Clients.Secretariat);
        var unchanged = await Api.ExpectAsync(reader, HttpMethod.Get, $"/api/v1/agreements/{second.Id}", null, HttpStatusCode.OK);
        Assert.Equal(AgreementStatus.Draft, unchanged.Status);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public async Task Transition_WhenIllegalInTheCurrentStatus_Returns409NamingItAndChangesNothing(string status, string action, string detail)
    {
        var agreement = status == "Draft" ? await host.DraftAsync() : await host.ActiveAsync();
        if (status is "Suspended" or "Terminated")
        {
            agreement = await host.SecretariatAsync(agreement.Id, status == "Suspended" ? "suspension" : "termination", new ReasonRequest { Reason = "Set up" });
        }

        var before = await host.CurrentSequenceAsync();
        using var http = await host.ClientAsync(action == "approvals" ? Clients.Fiu : Clients.Secretariat);

        var (code, problem) = await Api.PostAsync(http, $"/api/v1/agreements/{agreement.Id}/{action}", action == "amendments" ? new AmendmentRequest { Title = "X" } : new ReasonRequest { Reason = "Try" });

        Assert.Equal(HttpStatusCode.Conflict, code);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        var after = await Api.GetAgreementAsync(http, agreement.Id);
        Assert.Equal((agreement.Status, agreement.Revision, agreement.History.Count), (after.Status, after.Revision, after.History.Count));
        Assert.Equal(before, await host.CurrentSequenceAsync());
    }

    [Theory]
    [InlineData("suspension", """{}""", "reason", "Required")]
    [InlineData("termination", """{"reason":"  "}""", "reason", "Required")]
    [InlineData("suspension", """{"reason":"x","why":"y"}""", "why", "MalformedJson")]
    public async Task Transition_WithoutAReason_Returns400AndChangesNothing(string action, string body, string path, string errorCode)
    {
        var active = await host.ActiveAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, problem) = await Api.PostAsync(secretariat, $"/api/v1/agreements/{active.Id}/{action}", Api.Raw(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains((path, errorCode), Api.FieldErrors(problem));
        Assert.Equal(AgreementStatus.Active, (await Api.GetAgreementAsync(secretariat, active.Id)).Status);
    }
}

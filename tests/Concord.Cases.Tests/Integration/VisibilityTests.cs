using System.Net;
using Concord.Cases.Domain;
using Concord.Contracts.Agreements;
using Xunit;

namespace Concord.Cases.Tests.Integration;

/// <summary>A case exists only for its member organisations: to anyone else it is a 404 exactly like a missing case, and never in a list or a count.</summary>
public sealed class VisibilityTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Theory]
    [InlineData("frank", "fiu-gb", "Fiu")]
    [InlineData("gina", "bank-gamma", "Bank")]
    [InlineData("bob", "bank-alpha", "Bank")]
    public async Task Case_WhenTheCallersOrganisationIsNotAMember_IsNotFoundAndNeverListed(string person, string organisation, string kind)
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);
        using var outsider = host.Person(person, organisation, kind);

        var hidden = await Api.SendAsync(outsider, HttpMethod.Get, $"/api/v1/cases/{opened.Id}");
        var missing = await Api.SendAsync(outsider, HttpMethod.Get, $"/api/v1/cases/{Guid.NewGuid()}");
        var timeline = await Api.SendAsync(outsider, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/timeline");
        var note = await Api.SendAsync(outsider, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/notes", new { text = "Anyone there?" });
        var page = await Api.ListAsync(outsider);

        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(WithoutTraceId(missing.Body), WithoutTraceId(hidden.Body));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (timeline.Status, note.Status));
        Assert.DoesNotContain(page.Items, c => c.Id == opened.Id);
        Assert.Equal(page.Items.Count, page.Total);
        Assert.Contains((await Api.ListAsync(lead)).Items, c => c.Id == opened.Id);
    }

    [Fact]
    public async Task RemoveMember_WhenTheirOrganisationHasNoOtherMember_RevokesAccessAtOnce()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);
        await Api.AddMemberAsync(lead, opened.Id, "pat", "cps-demo", "Prosecutor");
        using var prosecutor = host.Person("pat", "cps-demo", "Prosecutor");
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Status);
        Assert.Contains((await Api.ListAsync(prosecutor)).Items, c => c.Id == opened.Id);

        var removed = await Api.SendAsync(lead, HttpMethod.Delete, $"/api/v1/cases/{opened.Id}/members/pat");

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Status);
        Assert.DoesNotContain((await Api.ListAsync(prosecutor)).Items, c => c.Id == opened.Id);
    }

    [Fact]
    public async Task Case_WhenItsTaskForcesAgreementIsSuspended_IsHiddenFromEveryMemberUntilResumed()
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);

        host.ChangeAgreement(CaseAgreements.Jmlit(AgreementStatus.Suspended));
        try
        {
            var hidden = await Api.SendAsync(lead, HttpMethod.Get, $"/api/v1/cases/{opened.Id}");
            var note = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/notes", new { text = "Still there?" });
            var page = await Api.ListAsync(lead);

            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.Status, note.Status));
            Assert.DoesNotContain(page.Items, c => c.Id == opened.Id);
            Assert.Equal(page.Items.Count, page.Total);
        }
        finally
        {
            host.ChangeAgreement(CaseAgreements.Jmlit());
        }

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(lead, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Status);
        Assert.Contains((await Api.ListAsync(lead)).Items, c => c.Id == opened.Id);
    }

    [Fact]
    public async Task AddMember_WhenABanksInvestigatorMayJoin_TheBankSeesOnlyThatCase()
    {
        using var lead = host.Person("alice", "police-ecu");
        var shared = await Api.OpenAsync(lead, "Shared with the bank");
        var other = await Api.OpenAsync(lead, "Not shared");
        using var investigator = host.Person("vera", "bank-alpha", "Bank");

        await Api.AddMemberAsync(lead, shared.Id, "vera", "bank-alpha", "BankInvestigator");

        var page = await Api.ListAsync(investigator);
        Assert.Contains(page.Items, c => c.Id == shared.Id);
        Assert.DoesNotContain(page.Items, c => c.Id == other.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(investigator, HttpMethod.Get, $"/api/v1/cases/{other.Id}")).Status);
    }

    [Theory]
    [InlineData("gina", "bank-gamma", "BankInvestigator", CaseErrorCodes.OrganisationNotInTaskForce)]
    [InlineData("bert", "bank-beta", "BankInvestigator", CaseErrorCodes.NoInvestigationFlowToBank)]
    [InlineData("vera", "bank-alpha", "Investigator", CaseErrorCodes.RoleNotForOrganisationKind)]
    public async Task AddMember_WhenTheAgreementDoesNotAllowIt_IsRefusedAndNothingIsStored(string person, string organisation, string role, string code)
    {
        using var lead = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(lead);

        var (status, problem) = await Api.SendAsync(lead, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/members", new { personId = person, organisationId = organisation, role });

        Assert.Equal((HttpStatusCode.BadRequest, code), (status, Api.Code(problem)));
        Assert.Equal(opened.Version, await host.QueryAsync(db => Task.FromResult(db.Events.Count(e => e.CaseId == opened.Id))));
        using var outsider = host.Person(person, organisation, "Bank");
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(outsider, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Status);
    }

    /// <summary>The problem's members but its trace id, which differs per request.</summary>
    private static string WithoutTraceId(System.Text.Json.JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
}

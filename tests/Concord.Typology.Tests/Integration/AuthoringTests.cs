using System.Net;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.Typology.Domain;
using Concord.Typology.Endpoints;
using Concord.Typology.Views;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Typology.Tests.Integration;

public sealed class AuthoringTests(TypologyHost host) : IClassFixture<TypologyHost>
{
    [Fact]
    public async Task Create_WhenValid_StoresADraftByItsAuthor()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring();

        var draft = await Api.ReadAsync<DraftView>(await Api.CreateAsync(analyst, body), HttpStatusCode.Created);

        Assert.Equal((body.Code, DraftState.Draft, "DrugTraffickingProceeds"), (draft.Code, draft.State, draft.CrimeArea));
        Assert.Equal([TypologyHost.Analyst1], draft.Contributors);
        var details = await Api.GetAsync<TypologyDetails>(analyst, $"/api/v1/typologies/{body.Code}");
        Assert.Equal(("Draft", (int?)null), (details.Status, details.CurrentVersion));
    }

    [Fact]
    public async Task Create_WhenTheCodeIsTaken_RefusesWithConflictAtTheCode()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring();
        await Api.ExpectAsync(await Api.CreateAsync(analyst, body), HttpStatusCode.Created);

        var problem = await Api.ProblemAsync(await Api.CreateAsync(host.Analyst(TypologyHost.Analyst2), body with { Title = "Another" }));

        Assert.Equal(409, problem.Status);
        Assert.Equal([("code", TypologyErrorCodes.CodeTaken)], problem.Errors);
    }

    [Fact]
    public async Task Create_WhenARuleDoesNotParse_RefusesWithTheRulesPositionAndStoresNothing()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring() with
        {
            Indicators = [Drafts.Structuring().Indicators![0], new IndicatorBody { Code = "GEO-1", Description = "Producer country", Kind = Contracts.Typologies.IndicatorKind.Geographic, Rule = RuleCheckers.BrokenRule }],
        };

        var problem = await Api.ProblemAsync(await Api.CreateAsync(analyst, body));

        Assert.Equal((400, "https://concord.dev/problems/validation"), (problem.Status, problem.Type));
        var error = Assert.Single(problem.FieldErrors!);
        Assert.Equal(("indicators[1].rule", TypologyErrorCodes.InvalidRule), (error.Path, error.Code));
        Assert.StartsWith(RuleCheckers.BrokenRulePosition, error.Message, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.Typologies.AnyAsync(t => t.Code == body.Code)));
    }

    [Fact]
    public async Task Approve_WhenTheAuthorApprovesTheirOwnDraft_RefusesAsSelfApproval()
    {
        using var author = host.Analyst(TypologyHost.Analyst1);
        var body = Drafts.Structuring();
        await Api.ExpectAsync(await Api.CreateAsync(author, body), HttpStatusCode.Created);
        await Api.ExpectAsync(await Api.SubmitAsync(author, body.Code!), HttpStatusCode.OK);

        var problem = await Api.ProblemAsync(await Api.ApproveAsync(author, body.Code!));

        Assert.Equal((403, "https://concord.dev/problems/four-eyes"), (problem.Status, problem.Type));
        Assert.Equal([("", TypologyErrorCodes.SelfApproval)], problem.Errors);
        Assert.Empty(await host.QueryAsync(db => db.Versions.Where(v => v.Code == body.Code).ToListAsync()));
    }

    [Fact]
    public async Task Approve_WhenAnEditorOfTheDraftApproves_RefusesAsSelfApproval()
    {
        using var author = host.Analyst(TypologyHost.Analyst1);
        using var editor = host.Analyst(TypologyHost.Analyst2);
        var body = Drafts.Structuring();
        await Api.ExpectAsync(await Api.CreateAsync(author, body), HttpStatusCode.Created);
        await Api.ExpectAsync(await Api.EditAsync(editor, body.Code!, body with { Summary = "Edited by the second analyst." }), HttpStatusCode.OK);
        await Api.ExpectAsync(await Api.SubmitAsync(author, body.Code!), HttpStatusCode.OK);

        var problem = await Api.ProblemAsync(await Api.ApproveAsync(editor, body.Code!));

        Assert.Equal([("", TypologyErrorCodes.SelfApproval)], problem.Errors);
    }

    [Fact]
    public async Task Return_WhenAnotherAnalystReturnsIt_TheAuthorMayEditAndSubmitAgain()
    {
        using var author = host.Analyst(TypologyHost.Analyst1);
        using var reviewer = host.Analyst(TypologyHost.Analyst2);
        var body = Drafts.Structuring();
        await Api.ExpectAsync(await Api.CreateAsync(author, body), HttpStatusCode.Created);
        await Api.ExpectAsync(await Api.SubmitAsync(author, body.Code!), HttpStatusCode.OK);
        var inReview = await Api.ProblemAsync(await Api.EditAsync(author, body.Code!, body));

        var returned = await Api.ReadAsync<DraftView>(await Api.PostAsync(reviewer, $"/api/v1/typologies/{body.Code}/draft/return", new ReasonBody { Reason = "Cite the threshold's source." }), HttpStatusCode.OK);
        await Api.ExpectAsync(await Api.EditAsync(author, body.Code!, body with { Narrative = "Deposits under the 10,000 CTR threshold (POCA guidance)." }), HttpStatusCode.OK);
        await Api.ExpectAsync(await Api.SubmitAsync(author, body.Code!), HttpStatusCode.OK);

        Assert.Equal((409, TypologyErrorCodes.InReview), (inReview.Status, inReview.FieldErrors!.Single().Code));
        Assert.Equal((DraftState.Returned, "Cite the threshold's source.", TypologyHost.Analyst2), (returned.State, returned.ReturnReason, returned.ReturnedBy));
        Assert.Equal(DraftState.InReview, (await Api.GetAsync<DraftView>(author, $"/api/v1/typologies/{body.Code}/draft")).State);
    }

    [Fact]
    public async Task Edit_WhenOnlyAPublishedVersionExists_RefusesToEditItInPlace()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring();
        await Api.PublishAsync(host, body);

        var draft = await Api.ProblemAsync(await Api.EditAsync(analyst, body.Code!, body with { Title = "Changed" }));
        var version = await Api.ProblemAsync(await analyst.PutAsync(new Uri($"/api/v1/typologies/{body.Code}/versions/1", UriKind.Relative), null));

        Assert.Equal((409, TypologyErrorCodes.PublishedVersionImmutable), (draft.Status, draft.FieldErrors!.Single().Code));
        Assert.Contains("draft a new version", draft.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((409, TypologyErrorCodes.PublishedVersionImmutable), (version.Status, version.FieldErrors!.Single().Code));
        Assert.Equal(body.Title, (await Api.GetAsync<VersionView>(analyst, $"/api/v1/typologies/{body.Code}/versions/1")).Title);
    }

    [Fact]
    public async Task Submit_WhenMarkingAndAudienceMissing_RefusesNamingBoth()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring(marking: null) with { Audience = null };
        await Api.ExpectAsync(await Api.CreateAsync(analyst, body), HttpStatusCode.Created);

        var problem = await Api.ProblemAsync(await Api.SubmitAsync(analyst, body.Code!));

        Assert.Equal(400, problem.Status);
        Assert.Equal([("marking", TypologyErrorCodes.Required), ("audience", TypologyErrorCodes.Required)], problem.Errors);
    }

    [Fact]
    public async Task Submit_WhenANamedOrganisationHasNoAgreement_RefusesNamingItAndTheReasons()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring(audience: Drafts.Named("bank-alpha", "bank-gamma"));
        await Api.ExpectAsync(await Api.CreateAsync(analyst, body), HttpStatusCode.Created);

        var problem = await Api.ProblemAsync(await Api.SubmitAsync(analyst, body.Code!));

        Assert.Equal((403, Problems.NoLegalBasisType), (problem.Status, problem.Type));
        var error = Assert.Single(problem.FieldErrors!);
        Assert.Equal(("audience.organisations[1]", "no-agreement"), (error.Path, error.Code));
        Assert.Contains("bank-gamma", error.Message, StringComparison.Ordinal);
        Assert.Equal(DraftState.Draft, (await Api.GetAsync<DraftView>(analyst, $"/api/v1/typologies/{body.Code}/draft")).State);
    }

    [Fact]
    public async Task Create_WhenAmberStrictGoesToEveryReportingEntity_RefusesTheMarking()
    {
        using var analyst = host.Analyst();

        var problem = await Api.ProblemAsync(await Api.CreateAsync(analyst, Drafts.Structuring(marking: Tlp.AmberStrict)));

        Assert.Equal([("marking", TypologyErrorCodes.MarkingNeedsNamedAudience)], problem.Errors);
    }

    [Fact]
    public async Task Delete_WhenTheTypologyWasNeverPublished_FreesTheCode()
    {
        using var analyst = host.Analyst();
        var body = Drafts.Structuring();
        await Api.ExpectAsync(await Api.CreateAsync(analyst, body), HttpStatusCode.Created);

        await Api.ExpectAsync(await analyst.DeleteAsync(new Uri($"/api/v1/typologies/{body.Code}/draft", UriKind.Relative)), HttpStatusCode.NoContent);

        var missing = await Api.ProblemAsync(await analyst.GetAsync(new Uri($"/api/v1/typologies/{body.Code}", UriKind.Relative)));
        Assert.Equal(404, missing.Status);
        await Api.ExpectAsync(await Api.CreateAsync(analyst, body), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Commands_WhenTheTypologyDoesNotExist_AreNotFound()
    {
        using var analyst = host.Analyst();

        Assert.Equal(404, (await Api.ProblemAsync(await Api.SubmitAsync(analyst, "T-1999-001"))).Status);
        Assert.Equal(404, (await Api.ProblemAsync(await Api.EditAsync(analyst, "T-1999-001", Drafts.Structuring("T-1999-001")))).Status);
        Assert.Equal(404, (await Api.ProblemAsync(await analyst.GetAsync(new Uri("/api/v1/typologies/T-1999-001/versions/1/changes", UriKind.Relative)))).Status);
    }

    [Fact]
    public async Task Endpoints_WhenTheCallerIsABankOrAnotherFiuOrLacksTheScope_AreForbidden()
    {
        using var bank = host.Client("bank-alpha", "Bank", "bank-alpha-filing", TypologyScopes.Analyst);
        using var otherFiu = host.Client("fiu-fr", "Fiu", "fiu-fr-analyst", TypologyScopes.Analyst);
        using var readOnly = host.Client(TypologyHost.Fiu, "Fiu", TypologyHost.Analyst1, TypologyScopes.Read);

        foreach (var client in new[] { bank, otherFiu, readOnly })
        {
            using var response = await client.GetAsync(new Uri("/api/v1/typologies", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Commands_WhenDone_AreInTheAuditChainWithTheAnalyst()
    {
        var body = Drafts.Structuring();

        await Api.PublishAsync(host, body);

        var entries = await host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == $"typology:{body.Code}" && e.Kind == AuditKind.Analysis)
            .OrderBy(e => e.Sequence).Select(e => new { e.Actor, e.Action }).ToListAsync());
        Assert.Equal(
            [("fiu-gb/fiu-gb-analyst-1", "create typology draft"), ("fiu-gb/fiu-gb-analyst-1", "submit typology draft for review"), ("fiu-gb/fiu-gb-analyst-2", "approve typology draft")],
            entries.Select(e => (e.Actor, e.Action)));
    }
}

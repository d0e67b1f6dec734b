using System.Net;
using System.Text;
using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>Production requests go out one enveloped message per bank; answers come back as items only the requester and the answering bank see.</summary>
public sealed class ProductionTests(TaskForceHost host) : IClassFixture<TaskForceHost>
{
    [Fact]
    public async Task RequestProduction_ToBanksTheAgreementCovers_SendsOneEnvelopedMessagePerBank()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);

        var made = await RequestProductionAsync(police, opened.Id, "bank-alpha", "bank-beta");

        Assert.Equal(["bank-alpha", "bank-beta"], made.Select(r => r.BankOrganisationId));
        Assert.All(made, r => Assert.Matches("^PRD-2026-[0-9A-Z]{10}$", r.Reference));
        foreach (var request in made)
        {
            var sent = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == request.ProductionRequestId, $"the request to {request.BankOrganisationId} is published");
            Assert.Equal(request.BankOrganisationId, sent.BankOrganisationId);
            Assert.Equal([request.BankOrganisationId], sent.Envelope!.Recipients);
            Assert.Equal(("police-ecu", "police-ecu", Purpose.Investigation, Tlp.AmberStrict), (sent.Envelope.Sender, sent.Envelope.Originator, sent.Envelope.Purpose, sent.Envelope.Handling.Marking));
            Assert.Equal([DataCategory.SubjectIdentity, DataCategory.AccountData], sent.Envelope.DataCategories);
            Assert.Equal([request.Reference], sent.Envelope.Lineage);
            Assert.Equal("S1", Assert.Single(sent.Subjects).LocalId);
        }

        var open = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/production-requests?status=Open");
        Assert.Equal(2, open.Body.GetArrayLength());
    }

    [Fact]
    public async Task RequestProduction_WhenABankHasNoBasis_IsForbiddenNamingItAndNothingIsStoredOrSent()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);

        var refused = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/production-requests", ProductionBody("bank-alpha", "bank-zeta"));
        var invalid = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/production-requests", new { bankOrganisationIds = Array.Empty<string>(), description = "" });

        Assert.Equal((HttpStatusCode.Forbidden, CaseErrorCodes.NoLegalBasis), (refused.Status, Api.Code(refused.Body)));
        Assert.Contains(refused.Body.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == "bankOrganisationIds[1]" && e.GetProperty("code").GetString() == "recipient-not-party");
        Assert.DoesNotContain(refused.Body.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == "bankOrganisationIds[0]");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(["bankOrganisationIds", "description", "subjects", "deadline"], invalid.Body.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(opened.Version, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id)));
        Assert.False(await host.QueryAsync(db => db.ProductionRequests.AnyAsync(r => r.CaseId == opened.Id)));
    }

    [Fact]
    public async Task Answer_FromTheBankAsked_IsAnItemWithDocumentsForTheLeadAndThatBankOnly()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        await Api.AddMemberAsync(police, opened.Id, "vera", "bank-alpha", "BankInvestigator");
        await Api.AddMemberAsync(police, opened.Id, "bert", "bank-beta", "BankInvestigator");
        using var alpha = host.Person("vera", "bank-alpha", "Bank");
        using var beta = host.Person("bert", "bank-beta", "Bank");
        var made = await RequestProductionAsync(police, opened.Id, "bank-alpha", "bank-beta");
        var toAlpha = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == made[0].ProductionRequestId, "the request to bank-alpha is published");
        var toBeta = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == made[1].ProductionRequestId, "the request to bank-beta is published");
        var statement = Document("statements.csv", "date,amount\n2026-01-04,9500.00\n");

        await host.Bus.PublishAsync(Answer(toAlpha, "bank-alpha", statement, Document("kyc.csv", "name,dob\nJon Marlow,1980-02-02\n")));
        await WaitForAnswerAuditAsync(host, toAlpha.RequestReference, "");

        var item = Assert.Single(await ItemsAsync(police, opened.Id));
        Assert.Equal((ItemKind.ProducedDocuments, "bank-alpha", "police-ecu", 2), (item.Kind, item.Originator, item.Holder, item.Documents));
        Assert.Equal(item.ItemId, Assert.Single(await ItemsAsync(alpha, opened.Id)).ItemId);
        Assert.Empty(await ItemsAsync(beta, opened.Id));
        var path = $"/api/v1/cases/{opened.Id}/items/{item.ItemId}/documents/{statement.DocumentId}";
        Assert.Equal(Encoding.UTF8.GetString(statement.Content), await police.GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Equal(Encoding.UTF8.GetString(statement.Content), await alpha.GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(beta, HttpMethod.Get, path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(beta, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{item.ItemId}")).Status);
        Assert.Equal(0, (await Api.SendAsync(beta, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Body.GetProperty("items").GetInt32());
        var betaRequests = await Api.SendAsync(beta, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/production-requests");
        Assert.Equal(["bank-beta"], betaRequests.Body.EnumerateArray().Select(r => r.GetProperty("bankOrganisationId").GetString()));
        var betaTimeline = await Api.SendAsync(beta, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/timeline");
        var betaEvents = betaTimeline.Body.EnumerateArray().ToList();
        Assert.Equal(["bank-beta"], betaEvents.Where(e => e.GetProperty("type").GetString() == nameof(ProductionRequestSent))
            .Select(e => e.GetProperty("event").GetProperty("bankOrganisationId").GetString()));
        Assert.DoesNotContain(betaEvents, e => e.GetProperty("type").GetString() is nameof(ItemAdded) or nameof(ProductionReceived));
        Assert.DoesNotContain(toAlpha.RequestReference, betaTimeline.Body.ToString(), StringComparison.Ordinal);
        var answered = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/production-requests?status=Answered");
        Assert.Equal([toAlpha.RequestReference], answered.Body.EnumerateArray().Select(r => r.GetProperty("reference").GetString()));

        await host.Bus.PublishAsync(Answer(toBeta, "bank-beta", Document("beta.csv", "x\n1\n")));
        await WaitForAnswerAuditAsync(host, toBeta.RequestReference, "");
        Assert.Equal(["bank-beta"], (await ItemsAsync(beta, opened.Id)).Select(i => i.Originator));
        Assert.Equal(["bank-alpha"], (await ItemsAsync(alpha, opened.Id)).Select(i => i.Originator));
        Assert.Equal(2, (await ItemsAsync(police, opened.Id)).Count);
    }

    [Fact]
    public async Task Answer_FromAnotherBankTwiceTamperedOrMalformed_IsRefusedAuditedAndConsumed()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        var made = await RequestProductionAsync(police, opened.Id, "bank-alpha", "bank-beta");
        var toAlpha = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == made[0].ProductionRequestId, "the request to bank-alpha is published");
        var toBeta = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == made[1].ProductionRequestId, "the request to bank-beta is published");

        // bank-beta answers bank-alpha's request (its own envelope): not the bank asked.
        await host.Bus.PublishAsync(Answer(toAlpha, "bank-beta", Document("wrong.csv", "a\n")));
        await WaitForAnswerAuditAsync(host, toAlpha.RequestReference, "request-not-addressed-to-bank");
        await host.Bus.PublishAsync(Answer(toBeta, "bank-beta", Document("tampered.csv", "b\n", corrupt: true)));
        await WaitForAnswerAuditAsync(host, toBeta.RequestReference, "document-digest-mismatch");
        await host.Bus.PublishAsync(Answer(toBeta, "bank-beta", Document("", "no name\n")));
        await WaitForAnswerAuditAsync(host, toBeta.RequestReference, "documents-malformed");
        await host.Bus.PublishAsync(Answer(toAlpha, "bank-alpha", Document("right.csv", "c\n")));
        await WaitForAnswerAuditAsync(host, toAlpha.RequestReference, "");
        await host.Bus.PublishAsync(Answer(toAlpha, "bank-alpha", Document("again.csv", "d\n")));
        await WaitForAnswerAuditAsync(host, toAlpha.RequestReference, "request-already-answered");

        var item = Assert.Single(await ItemsAsync(police, opened.Id));
        Assert.Equal("bank-alpha", item.Originator);
        Assert.Equal(1, await host.QueryAsync(db => db.Documents.CountAsync(d => d.CaseId == opened.Id)));
        var requests = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/production-requests");
        Assert.Equal([ProductionRequestStatus.Answered.ToString(), ProductionRequestStatus.Open.ToString()],
            requests.Body.EnumerateArray().OrderBy(r => r.GetProperty("bankOrganisationId").GetString()).Select(r => r.GetProperty("status").GetString()));
    }
}

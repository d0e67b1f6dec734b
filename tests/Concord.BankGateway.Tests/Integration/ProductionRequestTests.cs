using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.BankGateway.Persistence;
using Concord.BankGateway.Production;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.BankGateway.Tests.Integration.CaseMessages;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// A task force's production requests in a bank's gateway inbox: each bank sees only its own; it answers once, with
/// checked documents, under the request's agreement back to the organisation that asked.
/// </summary>
public sealed class ProductionRequestTests(CaseGateway fixture) : IClassFixture<CaseGateway>
{
    private GatewayNetwork Network => fixture.Network;

    [Fact]
    public async Task Request_WhenDeliveredTwice_IsInItsBanksInboxOnce_AndAnotherBankFindsNothing()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-twice");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var request = Requested("bank-alpha");
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        await police.Bus.Publish(request, c => c.MessageId = first);
        await police.Bus.Publish(request, c => c.MessageId = first);
        await police.Bus.Publish(request, c => c.MessageId = second);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 2 && Network.Decisions.Completed(second) == 1), "the gateway has dealt with every delivery");

        var listed = await alpha.GetFromJsonAsync<JsonElement>(Uri("/api/v1/production-requests?pageSize=200"));
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
        Assert.Equal(("Open", CaseAgreements.Police, 1), (item.GetProperty("status").GetString(), item.GetProperty("requestedBy").GetString(), item.GetProperty("subjects").GetInt32()));
        using var detailsResponse = await alpha.GetAsync(Uri($"/api/v1/production-requests/{request.RequestReference}"));
        var text = await detailsResponse.Content.ReadAsStringAsync();
        var details = JsonDocument.Parse(text).RootElement;
        Assert.Equal((request.Description, request.LegalInstrument, "DS Hollis"), (details.GetProperty("description").GetString(),
            details.GetProperty("legalInstrument").GetString(), details.GetProperty("requestedByPerson").GetString()));
        Assert.Equal("GB33BUKB20201555555555", details.GetProperty("subjects")[0].GetProperty("accounts")[0].GetProperty("iban").GetString());
        Assert.Equal((DemoPartnership.Id, "Investigation", "AmberStrict"), (details.GetProperty("basis").GetProperty("agreementId").GetGuid(),
            details.GetProperty("basis").GetProperty("purpose").GetString(), details.GetProperty("basis").GetProperty("marking").GetString()));
        Assert.Equal(JsonValueKind.Null, details.GetProperty("answer").ValueKind);
        Assert.DoesNotContain("bank-beta", text, StringComparison.Ordinal);
        Assert.Equal("no-store", detailsResponse.Headers.CacheControl?.ToString());
        Assert.Equal(1, await Network.QueryAsync(db => db.ProductionRequests.CountAsync(r => r.Id == request.ProductionRequestId)));
        Assert.True(await Network.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Read && e.Subject == $"production-request:{request.RequestReference}")));

        using var guessed = await beta.GetAsync(Uri($"/api/v1/production-requests/{request.RequestReference}"));
        using var unknown = await beta.GetAsync(Uri("/api/v1/production-requests/PRD-2026-0000000000"));
        using var answerGuessed = await beta.PostAsync(Uri($"/api/v1/production-requests/{request.RequestReference}/answer"), Form([], comment: "No records held."));
        var betaList = await beta.GetFromJsonAsync<JsonElement>(Uri("/api/v1/production-requests?pageSize=200"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (guessed.StatusCode, unknown.StatusCode, answerGuessed.StatusCode));
        Assert.Equal(await WithoutTraceAsync(unknown, "PRD-2026-0000000000"), await WithoutTraceAsync(guessed, request.RequestReference));
        Assert.DoesNotContain(betaList.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
        Assert.Null((await Network.QueryAsync(db => db.ProductionRequests.SingleAsync(r => r.Id == request.ProductionRequestId))).AnsweredAt);
    }

    [Fact]
    public async Task Request_WhoseEnvelopeAddressesAnotherBank_IsNotStored()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-misaddressed");
        var request = Requested("bank-alpha", envelopeBank: "bank-beta");
        var messageId = Guid.NewGuid();

        await police.Bus.Publish(request, c => c.MessageId = messageId);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(messageId) == 1), "the gateway has dealt with the request");

        Assert.False(await Network.QueryAsync(db => db.ProductionRequests.AnyAsync(r => r.Id == request.ProductionRequestId)));
    }

    [Fact]
    public async Task Answer_WithDocumentsAsMultipart_SendsOneAnswerToThePoliceWithTheRightEnvelopeAndDigests()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-answer");
        await using var answers = await MessageCapture<ProductionRequestAnswered>.StartAsync(Network.Broker.ConnectionString, "police-production-answers");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha"));

        using var response = await alpha.PostAsync(Answer(request), Form(
            [("../../exports/statements-jan-jun.pdf", "application/pdf", Pdf, "Statements Jan–Jun 2026"), ("transactions.csv", "text/csv", Csv, null)],
            comment: "The account-opening file follows by 20 May.", marking: "AmberStrict"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AmberStrict", receipt.GetProperty("marking").GetString());
        Assert.Equal(["statements-jan-jun.pdf", "transactions.csv"], receipt.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("fileName").GetString()));
        var sent = await answers.WaitForAsync(a => a.ProductionRequestId == request.ProductionRequestId, "the answer is sent to the police");
        Assert.Equal(("bank-alpha", "bank-alpha-filing", request.RequestReference, "The account-opening file follows by 20 May."),
            (sent.BankOrganisationId, sent.AnsweredBy, sent.RequestReference, sent.Comment));
        Assert.Equal(2, sent.Documents.Count);
        var (pdf, csv) = (sent.Documents[0], sent.Documents[1]);
        Assert.Equal(("statements-jan-jun.pdf", "application/pdf", "Statements Jan–Jun 2026", Sha256(Pdf)), (pdf.FileName, pdf.MediaType, pdf.Description, pdf.Sha256));
        Assert.Equal(("transactions.csv", "text/csv", (string?)null, Sha256(Csv)), (csv.FileName, csv.MediaType, csv.Description, csv.Sha256));
        Assert.Equal(Pdf, pdf.Content);
        Assert.Equal(receipt.GetProperty("documents")[0].GetProperty("documentId").GetGuid(), pdf.DocumentId);
        var envelope = Assert.IsType<SharingEnvelope>(sent.Envelope);
        Assert.Equal((DemoPartnership.Id, DemoPartnership.Gateway, Purpose.Investigation, "bank-alpha", "bank-alpha"),
            (envelope.AgreementId, envelope.LegalGateway, envelope.Purpose, envelope.Sender, envelope.Originator));
        Assert.Equal([CaseAgreements.Police], envelope.Recipients);
        Assert.Equal([DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative], envelope.DataCategories);
        Assert.Equal((Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
        Assert.Equal([request.RequestReference], envelope.Lineage);

        var details = await DetailsAsync(alpha, request);
        Assert.Equal("Answered", details.GetProperty("status").GetString());
        var answer = details.GetProperty("answer");
        Assert.Equal(("bank-alpha-filing", "AmberStrict", 2), (answer.GetProperty("answeredBy").GetString(), answer.GetProperty("marking").GetString(), answer.GetProperty("documents").GetArrayLength()));
        Assert.Equal(Sha256(Csv), answer.GetProperty("documents")[1].GetProperty("sha256").GetString());
        var stored = await Network.QueryAsync(db => db.Set<ProductionDocument>().Where(d => d.ProductionRequestId == request.ProductionRequestId).OrderBy(d => d.Position).ToListAsync());
        Assert.Equal([Sha256(Pdf), Sha256(Csv)], stored.Select(d => d.Sha256));
        var audited = await Network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"production-request:{request.RequestReference}" && e.Action.StartsWith("answer")));
        Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted, DemoPartnership.Id, "bank-alpha/bank-alpha-filing"), (audited.Kind, audited.Outcome, audited.AgreementId!.Value, audited.Actor));
        await Eventually.AssertAsync(async () => !await Network.QueryAsync(db => db.Set<OutboxMessage>().AnyAsync()), "the gateway's outbox is empty");
        Assert.Single(answers.Received, a => a.ProductionRequestId == request.ProductionRequestId);
    }

    [Fact]
    public async Task Answer_AsJsonWithNoDocumentButAComment_IsSentAtAmber_AndBase64DocumentsAreTakenToo()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-json");
        await using var answers = await MessageCapture<ProductionRequestAnswered>.StartAsync(Network.Broker.ConnectionString, "police-production-json-answers");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var empty = await DeliveredAsync(police, alpha, Requested("bank-alpha"));
        var withDocument = await DeliveredAsync(police, alpha, Requested("bank-alpha"));

        using var none = await alpha.PostAsync(Answer(empty), Json(new JsonObject { ["comment"] = "No records held for these subjects." }));
        using var one = await alpha.PostAsync(Answer(withDocument), Json(new JsonObject
        {
            ["documents"] = new JsonArray(new JsonObject { ["fileName"] = "kyc.json", ["mediaType"] = "application/json", ["content"] = Convert.ToBase64String("{\"kyc\":true}"u8) }),
        }));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (none.StatusCode, one.StatusCode));
        var sentEmpty = await answers.WaitForAsync(a => a.ProductionRequestId == empty.ProductionRequestId, "the empty answer is sent");
        Assert.Empty(sentEmpty.Documents);
        Assert.Equal(("No records held for these subjects.", Tlp.Amber), (sentEmpty.Comment, sentEmpty.Envelope!.Handling.Marking));
        var sentOne = await answers.WaitForAsync(a => a.ProductionRequestId == withDocument.ProductionRequestId, "the JSON answer is sent");
        Assert.Equal(("kyc.json", Sha256("{\"kyc\":true}"u8.ToArray())), (sentOne.Documents.Single().FileName, sentOne.Documents.Single().Sha256));
        Assert.Equal([DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData], sentOne.Envelope!.DataCategories);
    }

    [Theory]
    [InlineData("too many documents", HttpStatusCode.BadRequest, "documents", "TooMany")]
    [InlineData("a document over 5 MB", HttpStatusCode.RequestEntityTooLarge, "documents[0].content", "TooLarge")]
    [InlineData("documents over 10 MB together", HttpStatusCode.RequestEntityTooLarge, "documents", "TooLarge")]
    [InlineData("a type not accepted", HttpStatusCode.BadRequest, "documents[0].mediaType", "UnsupportedMediaType")]
    [InlineData("a PDF that is not one", HttpStatusCode.BadRequest, "documents[0].content", "ContentMismatch")]
    [InlineData("an extension of another type", HttpStatusCode.BadRequest, "documents[0].fileName", "ExtensionMismatch")]
    [InlineData("an empty document", HttpStatusCode.BadRequest, "documents[0].content", "Empty")]
    [InlineData("no document and no comment", HttpStatusCode.BadRequest, "comment", "Required")]
    [InlineData("a marking beyond AMBER+STRICT", HttpStatusCode.BadRequest, "marking", "InvalidValue")]
    [InlineData("a description of no document", HttpStatusCode.BadRequest, "descriptions[3]", "UnknownReference")]
    public async Task Answer_WhenNotAcceptable_Returns400Or413NamingTheField_AndStoresAndSendsNothing(string mistake, HttpStatusCode expected, string path, string code)
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, $"police-production-invalid-{Guid.NewGuid():N}");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha"));

        using var response = await alpha.PostAsync(Answer(request), Spoilt(mistake));

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == path && e.GetProperty("code").GetString() == code);
        var stored = await Network.QueryAsync(db => db.ProductionRequests.Include(r => r.Documents).SingleAsync(r => r.Id == request.ProductionRequestId));
        Assert.Equal((null, 0), (stored.AnsweredAt, stored.Documents.Count));
        Assert.Equal(0, await OutboxCountAsync(request));
        Assert.Equal("Open", (await DetailsAsync(alpha, request)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Answer_WhenTheBodyIsNeitherFormNorJson_Returns415()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-415");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha"));

        using var response = await alpha.PostAsync(Answer(request), new ByteArrayContent(Pdf) { Headers = { ContentType = new("application/pdf") } });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, await OutboxCountAsync(request));
    }

    [Fact]
    public async Task Answer_Twice_TheSecondIs409_AndOneAnswerIsSent()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-twice-answered");
        await using var answers = await MessageCapture<ProductionRequestAnswered>.StartAsync(Network.Broker.ConnectionString, "police-production-twice-answers");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha"));

        using var first = await alpha.PostAsync(Answer(request), Form([("statement.pdf", "application/pdf", Pdf, null)]));
        using var repeat = await alpha.PostAsync(Answer(request), Form([("statement.pdf", "application/pdf", Pdf, null)]));
        using var different = await alpha.PostAsync(Answer(request), Form([], comment: "No records."));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict), (first.StatusCode, repeat.StatusCode, different.StatusCode));
        await answers.WaitForAsync(a => a.ProductionRequestId == request.ProductionRequestId, "the answer is sent");
        await Eventually.AssertAsync(async () => await OutboxCountAsync(request) == 0, "the answer has left the outbox");
        Assert.Single(answers.Received, a => a.ProductionRequestId == request.ProductionRequestId);
        Assert.Equal(1, await Network.QueryAsync(db => db.Set<ProductionDocument>().CountAsync(d => d.ProductionRequestId == request.ProductionRequestId)));
    }

    [Fact]
    public async Task Answer_WhenTheAgreementDoesNotCoverWhatItHolds_Returns403WithTheReason_StoresNothingAndIsAudited()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-narrow");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha", CaseAgreements.NarrowId));

        using var refused = await alpha.PostAsync(Answer(request), Form([("statement.pdf", "application/pdf", Pdf, null)]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("code").GetString() == "category-not-covered");
        var stored = await Network.QueryAsync(db => db.ProductionRequests.Include(r => r.Documents).SingleAsync(r => r.Id == request.ProductionRequestId));
        Assert.Equal((null, 0), (stored.AnsweredAt, stored.Documents.Count));
        Assert.Equal(0, await OutboxCountAsync(request));
        var refusal = await Network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"production-request:{request.RequestReference}" && e.Action.StartsWith("answer")));
        Assert.Equal((AuditOutcome.Denied, "category-not-covered"), (refusal.Outcome, refusal.Reasons));
    }

    [Fact]
    public async Task Request_PastItsDeadline_IsOverdue_AndCanStillBeAnswered()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-overdue");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha", deadline: DateTimeOffset.UtcNow.AddHours(-1)));

        var overdue = await alpha.GetFromJsonAsync<JsonElement>(Uri("/api/v1/production-requests?status=Overdue&pageSize=200"));
        var open = await alpha.GetFromJsonAsync<JsonElement>(Uri("/api/v1/production-requests?status=Open&pageSize=200"));
        using var answered = await alpha.PostAsync(Answer(request), Form([], comment: "No records held."));
        var answeredList = await alpha.GetFromJsonAsync<JsonElement>(Uri("/api/v1/production-requests?status=Answered&pageSize=200"));

        Assert.True(Assert.Single(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference).GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Contains(answeredList.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
    }

    [Fact]
    public async Task Retention_WhenARequestIsPastItsRetention_ItIsPurgedWithTheAnswersDocumentsAndThePurgeAudited()
    {
        await using var police = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-production-retention");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(police, alpha, Requested("bank-alpha"));
        using var answered = await alpha.PostAsync(Answer(request), Form([("statement.pdf", "application/pdf", Pdf, null)]));
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        await Network.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE production_requests SET retain_until = now() - interval '1 day' WHERE id = {request.ProductionRequestId}"));

        await using (var scope = Network.Gateway.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<GatewayDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        Assert.False(await Network.QueryAsync(db => db.ProductionRequests.AnyAsync(r => r.Id == request.ProductionRequestId)));
        Assert.False(await Network.QueryAsync(db => db.Set<ProductionDocument>().AnyAsync(d => d.ProductionRequestId == request.ProductionRequestId)));
        Assert.True(await Network.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Purge && e.Subject == $"production-request:{request.RequestReference}")));
        using var gone = await alpha.GetAsync(Uri($"/api/v1/production-requests/{request.RequestReference}"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static MultipartFormDataContent Spoilt(string mistake) => mistake switch
    {
        "too many documents" => Form(Enumerable.Range(0, ProductionLimits.DocumentsPerAnswer + 1).Select(i => ($"page-{i}.pdf", "application/pdf", Pdf, (string?)null))),
        "a document over 5 MB" => Form([("big.pdf", "application/pdf", PdfOf((int)ProductionLimits.DocumentBytes + 1), null)]),
        "documents over 10 MB together" => Form([.. Enumerable.Range(0, 3).Select(i => ($"part-{i}.pdf", "application/pdf", PdfOf(3_600_000), (string?)null))]),
        "a type not accepted" => Form([("tool.exe", "application/x-msdownload", "MZ\u0090\0"u8.ToArray(), null)]),
        "a PDF that is not one" => Form([("statement.pdf", "application/pdf", Csv, null)]),
        "an extension of another type" => Form([("statement.exe", "application/pdf", Pdf, null)]),
        "an empty document" => Form([("statement.pdf", "application/pdf", Array.Empty<byte>(), null)]),
        "no document and no comment" => Form([], comment: "  "),
        "a marking beyond AMBER+STRICT" => Form([("statement.pdf", "application/pdf", Pdf, null)], marking: "Red"),
        "a description of no document" => WithField(Form([("statement.pdf", "application/pdf", Pdf, null)]), "descriptions[3]", "Nothing here"),
        _ => throw new ArgumentOutOfRangeException(nameof(mistake), mistake, "No such mistake."),
    };

    private static MultipartFormDataContent WithField(MultipartFormDataContent form, string name, string value)
    {
        form.Add(new StringContent(value), name);
        return form;
    }

    private Task<int> OutboxCountAsync(ProductionRequested request)
    {
        var pattern = $"%{request.ProductionRequestId}%";
        return Network.QueryAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE message_type = {typeof(ProductionRequestAnswered).FullName} AND body::text LIKE {pattern}").SingleAsync());
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);

    private static Uri Answer(ProductionRequested request) => Uri($"/api/v1/production-requests/{request.RequestReference}/answer");

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static Task<JsonElement> DetailsAsync(HttpClient bank, ProductionRequested request) =>
        bank.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/production-requests/{request.RequestReference}"));

    /// <summary>Publishes the request as the task force does and waits until its bank sees it.</summary>
    private static async Task<ProductionRequested> DeliveredAsync(TestBus police, HttpClient bank, ProductionRequested request)
    {
        await police.Bus.Publish(request);
        await Eventually.AssertAsync(async () =>
        {
            using var response = await bank.GetAsync(Uri($"/api/v1/production-requests/{request.RequestReference}"));
            return response.StatusCode == HttpStatusCode.OK;
        }, "the request is in the bank's inbox");
        return request;
    }

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response, string reference)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString().Replace(reference, "REF", StringComparison.Ordinal);
    }
}

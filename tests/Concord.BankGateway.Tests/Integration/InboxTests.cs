using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.BankGateway.Tests.Integration.InboxMessages;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// Requests for information in a bank's gateway inbox: each bank sees only its own; it answers every subject once,
/// with details only where the agreement allows; withdrawn or answered requests take no other answer.
/// </summary>
public sealed class InboxTests(PartnershipGateway fixture) : IClassFixture<PartnershipGateway>
{
    private GatewayNetwork Network => fixture.Network;

    [Fact]
    public async Task Request_WhenDeliveredTwice_IsInItsBanksInboxOnce_AndAnotherBankFindsNothing()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-requests-twice");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var request = Request("bank-alpha");
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        await fiu.Bus.Publish(request, c => c.MessageId = first);
        await fiu.Bus.Publish(request, c => c.MessageId = first);
        await fiu.Bus.Publish(request, c => c.MessageId = second);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 2 && Network.Decisions.Completed(second) == 1), "the gateway has dealt with every delivery");

        var listed = await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?pageSize=200", UriKind.Relative));
        Assert.Single(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
        var details = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/information-requests/{request.RequestReference}", UriKind.Relative));
        Assert.Equal(("Open", false, "fiu-gb", request.Reason), (details.GetProperty("status").GetString(), details.GetProperty("overdue").GetBoolean(),
            details.GetProperty("requestedBy").GetString(), details.GetProperty("reason").GetString()));
        Assert.Equal(["S1", "S2"], details.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("localId").GetString()));
        var basis = details.GetProperty("basis");
        Assert.Equal((DemoPartnership.Id, DemoPartnership.Gateway, "AmberStrict", "Prohibited"), (basis.GetProperty("agreementId").GetGuid(),
            basis.GetProperty("legalGateway").GetString(), basis.GetProperty("marking").GetString(), basis.GetProperty("onwardSharing").GetString()));
        Assert.Equal(1, await Network.QueryAsync(db => db.InboxRequests.CountAsync(r => r.Id == request.RequestId)));

        using var guessed = await beta.GetAsync(new Uri($"/api/v1/information-requests/{request.RequestReference}", UriKind.Relative));
        using var unknown = await beta.GetAsync(new Uri("/api/v1/information-requests/RFI-2026-0000000000", UriKind.Relative));
        using var answerGuessed = await beta.PostAsync(new Uri($"/api/v1/information-requests/{request.RequestReference}/answers", UriKind.Relative), Content(Answer()));
        var betaList = await beta.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?pageSize=200", UriKind.Relative));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (guessed.StatusCode, unknown.StatusCode, answerGuessed.StatusCode));
        Assert.Equal(await WithoutTraceAsync(unknown, "RFI-2026-0000000000"), await WithoutTraceAsync(guessed, request.RequestReference));
        Assert.DoesNotContain(betaList.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
    }

    [Fact]
    public async Task Answer_WithAMatchAndANoMatch_GoesToTheFiuUnderTheRequestsAgreementAndIsAudited()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-answers");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(fiu, alpha, Request("bank-alpha"));

        using var response = await alpha.PostAsync(Answers(request), Content(Answer()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1, false), (receipt.GetProperty("matches").GetInt32(), receipt.GetProperty("noMatches").GetInt32(), receipt.GetProperty("duplicate").GetBoolean()));
        var sent = await fiu.WaitForAsync<InformationRequestAnswered>(a => a.RequestId == request.RequestId, "the answer is sent to the FIU");
        Assert.Equal(("bank-alpha", "bank-alpha-filing", request.RequestReference), (sent.BankOrganisationId, sent.AnsweredBy, sent.RequestReference));
        Assert.Equal((MatchResult.Match, MatchResult.NoMatch), (sent.Answers[0].Result, sent.Answers[1].Result));
        Assert.Equal("GB82WEST12345698765432", sent.Answers[0].Details!.Accounts[0].Iban);
        Assert.Null(sent.Answers[1].Details);
        var envelope = Assert.IsType<SharingEnvelope>(sent.Envelope);
        Assert.Equal((DemoPartnership.Id, Purpose.InformationRequest, "bank-alpha", "bank-alpha"), (envelope.AgreementId, envelope.Purpose, envelope.Sender, envelope.Originator));
        Assert.Equal(["fiu-gb"], envelope.Recipients);
        Assert.Equal([DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative], envelope.DataCategories);
        Assert.Equal((Tlp.Amber, OnwardSharingRule.WithinAgreement), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
        Assert.Equal([request.RequestReference], envelope.Lineage);
        Assert.InRange(envelope.RetainUntil, DateTimeOffset.UtcNow.AddDays(2189), DateTimeOffset.UtcNow.AddDays(2190));

        var details = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/information-requests/{request.RequestReference}", UriKind.Relative));
        Assert.Equal(("Answered", "bank-alpha-filing"), (details.GetProperty("status").GetString(), details.GetProperty("answeredBy").GetString()));
        Assert.Equal(["Match", "NoMatch"], details.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("result").GetString()));
        var audited = await Network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"information-request:{request.RequestReference}" && e.Action.StartsWith("answer")));
        Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted, DemoPartnership.Id, "bank-alpha/bank-alpha-filing"), (audited.Kind, audited.Outcome, audited.AgreementId!.Value, audited.Actor));
    }

    [Theory]
    [InlineData("no answers", "answers", "Required")]
    [InlineData("a subject left out", "answers", "NotAnswered")]
    [InlineData("a subject the request lacks", "answers[1].subject", "UnknownSubject")]
    [InlineData("a subject twice", "answers[1].subject", "Duplicate")]
    [InlineData("details with no match", "answers[1].details", "DetailsWithoutMatch")]
    [InlineData("no result", "answers[0].result", "Required")]
    [InlineData("a result that is neither", "answers[0].result", "MalformedJson")]
    [InlineData("a bad IBAN in the details", "answers[0].details.accounts[0].iban", "InvalidIban")]
    [InlineData("a transaction without an amount", "answers[0].details.transactions[0].amount", "NotPositive")]
    [InlineData("an unknown member", "answers[0].confidence", "MalformedJson")]
    public async Task Answer_WhenNotValid_Returns400NamingTheFieldAndStoresAndSendsNothing(string mistake, string path, string code)
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, $"fiu-invalid-{Guid.NewGuid():N}");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(fiu, alpha, Request("bank-alpha"));
        var body = Answer();
        Spoil(body, mistake);

        using var response = await alpha.PostAsync(Answers(request), Content(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == path && e.GetProperty("code").GetString() == code);
        var stored = await Network.QueryAsync(db => db.InboxRequests.SingleAsync(r => r.Id == request.RequestId));
        Assert.Equal((null, null), (stored.AnsweredAt, stored.Answers));
        // Note: nothing was committed, so no answer can be waiting in the outbox either.
        var pattern = $"%{request.RequestId}%";
        Assert.Equal(0, await Network.QueryAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE message_type = {typeof(InformationRequestAnswered).FullName} AND body::text LIKE {pattern}").SingleAsync()));
    }

    [Fact]
    public async Task Answer_Twice_AnIdenticalRepeatGetsTheFirstReceipt_ADifferentOneIs409_AndOneAnswerIsSent()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-answer-twice");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(fiu, alpha, Request("bank-alpha"));

        using var first = await alpha.PostAsync(Answers(request), Content(Answer()));
        using var repeat = await alpha.PostAsync(Answers(request), Content(Answer()));
        using var different = await alpha.PostAsync(Answers(request), Content(Answer(transactions: false)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, repeat.StatusCode, different.StatusCode));
        var (firstReceipt, repeatReceipt) = (await first.Content.ReadFromJsonAsync<JsonElement>(), await repeat.Content.ReadFromJsonAsync<JsonElement>());
        Assert.True(repeatReceipt.GetProperty("duplicate").GetBoolean());
        Assert.Equal(firstReceipt.GetProperty("answeredAt").GetDateTimeOffset(), repeatReceipt.GetProperty("answeredAt").GetDateTimeOffset());
        await fiu.WaitForAsync<InformationRequestAnswered>(a => a.RequestId == request.RequestId, "the answer is sent");
        await Eventually.AssertAsync(async () => !await Network.QueryAsync(db => db.Set<Concord.ServiceDefaults.Outbox.OutboxMessage>().AnyAsync()), "the gateway's outbox is empty");
        Assert.Single(fiu.Received<InformationRequestAnswered>(), a => a.RequestId == request.RequestId);
    }

    [Fact]
    public async Task Answer_AfterTheFiuWithdrewTheRequest_Returns409_AndAWithdrawalNamingAnotherBankChangesNothing()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-withdrawn");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(fiu, alpha, Request("bank-alpha"));
        var misaddressed = Guid.NewGuid();

        await fiu.Bus.Publish(Withdrawal(request, "bank-beta"), c => c.MessageId = misaddressed);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(misaddressed) == 1), "the gateway has dealt with the misaddressed withdrawal");
        Assert.Equal("Open", (await DetailsAsync(alpha, request)).GetProperty("status").GetString());

        await fiu.Bus.Publish(Withdrawal(request));
        var withdrawn = await Eventually.GetAsync(() => DetailsAsync(alpha, request), d => d.GetProperty("status").GetString() == "Withdrawn", "the request is withdrawn");
        using var response = await alpha.PostAsync(Answers(request), Content(Answer()));

        Assert.Equal("The case moved to the police.", withdrawn.GetProperty("withdrawalReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null((await Network.QueryAsync(db => db.InboxRequests.SingleAsync(r => r.Id == request.RequestId))).AnsweredAt);
    }

    [Fact]
    public async Task Answer_WithDetailsTheAgreementDoesNotAllow_Returns403NamingEachCategory_AndWithoutThemIsSent()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-narrow");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(fiu, alpha, Request("bank-alpha", DemoPartnership.NarrowId));

        using var refused = await alpha.PostAsync(Answers(request), Content(Answer()));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("fieldErrors").EnumerateArray().ToList();
        Assert.Equal(["answers[0].details.transactions", "answers[0].details.narrative"], errors.Select(e => e.GetProperty("path").GetString()));
        Assert.All(errors, e => Assert.Equal("category-not-covered", e.GetProperty("code").GetString()));
        Assert.Contains("TransactionData", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Narrative", errors[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null((await Network.QueryAsync(db => db.InboxRequests.SingleAsync(r => r.Id == request.RequestId))).AnsweredAt);
        var refusal = await Network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"information-request:{request.RequestReference}"));
        Assert.Equal((AuditOutcome.Denied, "category-not-covered"), (refusal.Outcome, refusal.Reasons));

        using var accepted = await alpha.PostAsync(Answers(request), Content(Answer(transactions: false, narrative: false)));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var sent = await fiu.WaitForAsync<InformationRequestAnswered>(a => a.RequestId == request.RequestId, "the answer is sent");
        Assert.Equal(DemoPartnership.NarrowId, sent.Envelope!.AgreementId);
        Assert.Equal([DataCategory.SubjectIdentity, DataCategory.AccountData], sent.Envelope.DataCategories);
    }

    [Fact]
    public async Task Request_PastItsDeadline_IsOverdue_AndCanStillBeAnswered()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-overdue");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var request = await DeliveredAsync(fiu, alpha, Request("bank-alpha", deadline: DateTimeOffset.UtcNow.AddHours(-1)));

        var overdue = await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?status=Overdue&pageSize=200", UriKind.Relative));
        var open = await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?status=Open&pageSize=200", UriKind.Relative));
        using var answered = await alpha.PostAsync(Answers(request), Content(Answer()));

        var item = Assert.Single(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
        Assert.True(item.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("reference").GetString() == request.RequestReference);
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Equal("Answered", (await DetailsAsync(alpha, request)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task List_WhenPagingIsOutOfRange_Returns400()
    {
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);

        using var response = await alpha.GetAsync(new Uri("/api/v1/information-requests?pageSize=500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pageSize", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors")[0].GetProperty("path").GetString());
    }

    private static Uri Answers(InformationRequested request) => new($"/api/v1/information-requests/{request.RequestReference}/answers", UriKind.Relative);

    private static Task<JsonElement> DetailsAsync(HttpClient bank, InformationRequested request) =>
        bank.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/information-requests/{request.RequestReference}", UriKind.Relative));

    /// <summary>Publishes the request as the FIU does and waits until its bank sees it.</summary>
    private static async Task<InformationRequested> DeliveredAsync(TestBus fiu, HttpClient bank, InformationRequested request)
    {
        await fiu.Bus.Publish(request);
        await Eventually.AssertAsync(async () =>
        {
            using var response = await bank.GetAsync(new Uri($"/api/v1/information-requests/{request.RequestReference}", UriKind.Relative));
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

    private static void Spoil(JsonObject body, string mistake)
    {
        var answers = body["answers"]!.AsArray();
        switch (mistake)
        {
            case "no answers": body["answers"] = new JsonArray(); break;
            case "a subject left out": answers.RemoveAt(1); break;
            case "a subject the request lacks": answers[1]!["subject"] = "S9"; break;
            case "a subject twice": answers[1]!["subject"] = "S1"; break;
            case "details with no match": answers[1]!["details"] = Details(); break;
            case "no result": answers[0]!.AsObject().Remove("result"); break;
            case "a result that is neither": answers[0]!["result"] = "Maybe"; break;
            case "a bad IBAN in the details": answers[0]!["details"]!["accounts"]![0]!["iban"] = "GB00WEST12345698765432"; break;
            case "a transaction without an amount": answers[0]!["details"]!["transactions"]![0]!["amount"] = 0; break;
            case "an unknown member": answers[0]!["confidence"] = "high"; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, "No such mistake.");
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.Fiu.Tests.Integration.RequestBodies;

namespace Concord.Fiu.Tests.Integration;

/// <summary>
/// The banks' answers as the FIU takes them: once, only from a bank asked, never after a withdrawal; per bank and per
/// subject; overdue and late by the clock; purged at their retention.
/// </summary>
public sealed class InformationRequestAnswerTests(PartnershipFiu fixture) : IClassFixture<PartnershipFiu>
{
    private FiuHost Host => fixture.Host;

    [Fact]
    public async Task Answers_AsTheyArrive_AreShownPerBankAndPerSubject()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha", "bank-beta"]));
        var reference = request.GetProperty("reference").GetString()!;
        var alphaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        var betaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-beta"), "beta's copy is sent");

        await Host.Bus.Bus.Publish(Answer(alphaCopy, "bank-alpha", Match("S1"), NoMatch("S2")));
        var halfway = await Eventually.GetAsync(() => GetAsync(analyst, reference),
            r => Recipient(r, "bank-alpha").GetProperty("status").GetString() == "Answered", "alpha's answer is in");
        Assert.Equal(("Open", "Sent"), (halfway.GetProperty("status").GetString(), Recipient(halfway, "bank-beta").GetProperty("status").GetString()));
        var s1 = halfway.GetProperty("findings")[0];
        Assert.Equal(["bank-alpha"], Banks(s1, "matched"));
        Assert.Equal(["bank-beta"], Banks(s1, "awaiting"));

        await Host.Bus.Bus.Publish(Answer(betaCopy, "bank-beta", NoMatch("S1"), NoMatch("S2")));
        var answered = await Eventually.GetAsync(() => GetAsync(analyst, reference),
            r => r.GetProperty("status").GetString() == "Closed", "both answers are in");

        var alpha = Recipient(answered, "bank-alpha");
        Assert.False(alpha.GetProperty("late").GetBoolean());
        var alphaS1 = alpha.GetProperty("answers")[0];
        Assert.Equal(("S1", "Match"), (alphaS1.GetProperty("subject").GetString(), alphaS1.GetProperty("result").GetString()));
        Assert.Equal(SharedIban, alphaS1.GetProperty("details").GetProperty("accounts")[0].GetProperty("iban").GetString());
        Assert.Equal(["NoMatch", "NoMatch"], Recipient(answered, "bank-beta").GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("result").GetString()));
        var findings = answered.GetProperty("findings");
        Assert.Equal(["bank-alpha"], Banks(findings[0], "matched"));
        Assert.Equal(["bank-beta"], Banks(findings[0], "notMatched"));
        Assert.Empty(Banks(findings[1], "matched"));
        Assert.Equal(["bank-alpha", "bank-beta"], Banks(findings[1], "notMatched"));

        var taken = await Host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action.StartsWith("take answer") && e.Outcome == AuditOutcome.Permitted
            && (e.Subject == $"information-request:{alphaCopy.RequestReference}" || e.Subject == $"information-request:{betaCopy.RequestReference}")).CountAsync());
        Assert.Equal(2, taken);
        var reads = await Host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Kind == AuditKind.Read && e.Subject == $"information-request:{alphaCopy.RequestReference}"));
        Assert.True(reads >= 1, "reading an answer is audited");
    }

    [Fact]
    public async Task Answer_FromABankThatWasNotAsked_IsRefusedAuditedAndNotStored()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha"]));
        var alphaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        var asBeta = Guid.NewGuid();
        var unknownCopy = Guid.NewGuid();

        await Host.Bus.Bus.Publish(Answer(alphaCopy, "bank-beta", NoMatch("S1"), NoMatch("S2")), c => c.MessageId = asBeta);
        await Host.Bus.Bus.Publish(Answer(alphaCopy with { RequestId = Guid.NewGuid() }, "bank-alpha", NoMatch("S1"), NoMatch("S2")), c => c.MessageId = unknownCopy);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(asBeta) == 1 && Host.Intake.Completed(unknownCopy) == 1), "the FIU has dealt with both answers");

        var details = await GetAsync(analyst, request.GetProperty("reference").GetString()!);
        Assert.Equal("Sent", Recipient(details, "bank-alpha").GetProperty("status").GetString());
        Assert.Empty(Recipient(details, "bank-alpha").GetProperty("answers").EnumerateArray());
        Assert.False(await Host.QueryAsync(db => db.RequestAnswers.AnyAsync(a => a.Reference == alphaCopy.RequestReference)));
        var refusals = await Host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Reasons == "request-not-addressed-to-bank").Select(e => e.Actor).ToListAsync());
        Assert.Contains("bank-beta", refusals);
        Assert.Contains("bank-alpha", refusals);
    }

    [Fact]
    public async Task Answer_WhenABankAnswersTwice_TheFirstAnswerIsStoredOnce()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha"]));
        var copy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        await Host.Bus.Bus.Publish(Answer(copy, "bank-alpha", Match("S1"), NoMatch("S2")), c => c.MessageId = first);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(first) == 1), "the first answer is dealt with");
        await Host.Bus.Bus.Publish(Answer(copy, "bank-alpha", NoMatch("S1"), NoMatch("S2")), c => c.MessageId = second);
        await Host.Bus.Bus.Publish(Answer(copy, "bank-alpha", Match("S1"), NoMatch("S2")), c => c.MessageId = first);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(second) == 1 && Host.Intake.Completed(first) == 2), "the FIU has dealt with the repeats");

        var stored = await Host.QueryAsync(db => db.RequestAnswers.Where(a => a.Reference == copy.RequestReference).ToListAsync());
        var answers = JsonSerializer.Deserialize<List<SubjectAnswer>>(Assert.Single(stored).Answers, ContractJson.Options)!;
        Assert.Equal(MatchResult.Match, answers[0].Result);
        var duplicates = await Host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == $"information-request:{copy.RequestReference}" && e.Reasons == "request-already-answered"));
        Assert.Equal(1, duplicates);
    }

    [Fact]
    public async Task Answer_NotAnsweringEverySubjectOnce_IsRefused()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha"]));
        var copy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        var message = Guid.NewGuid();

        await Host.Bus.Bus.Publish(Answer(copy, "bank-alpha", NoMatch("S1"), NoMatch("S1")), c => c.MessageId = message);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(message) == 1), "the FIU has dealt with the answer");

        Assert.Equal("Sent", Recipient(await GetAsync(analyst, request.GetProperty("reference").GetString()!), "bank-alpha").GetProperty("status").GetString());
        Assert.Equal(1, await Host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == $"information-request:{copy.RequestReference}" && e.Reasons == "answer-not-every-subject-once")));
    }

    [Fact]
    public async Task Withdraw_TellsOnlyTheBanksThatHaveNotAnswered_AndRefusesTheirLaterAnswers()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha", "bank-beta"]));
        var reference = request.GetProperty("reference").GetString()!;
        var alphaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        var betaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-beta"), "beta's copy is sent");
        await Host.Bus.Bus.Publish(Answer(alphaCopy, "bank-alpha", NoMatch("S1"), NoMatch("S2")));
        await Eventually.GetAsync(() => GetAsync(analyst, reference), r => Recipient(r, "bank-alpha").GetProperty("status").GetString() == "Answered", "alpha's answer is in");

        using var withdrawn = await analyst.PostAsync(new Uri($"/api/v1/information-requests/{reference}/withdraw", UriKind.Relative),
            Content(new JsonObject { ["reason"] = "The subjects were arrested; the case moved to the police." }));

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var details = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Closed", "Answered", "Withdrawn"), (details.GetProperty("status").GetString(),
            Recipient(details, "bank-alpha").GetProperty("status").GetString(), Recipient(details, "bank-beta").GetProperty("status").GetString()));
        var told = await Host.Bus.WaitForAsync<InformationRequestWithdrawn>(m => m.RequestId == betaCopy.RequestId, "beta is told");
        Assert.Equal("bank-beta", told.BankOrganisationId);
        Assert.Equal([betaCopy.RequestReference], told.Envelope!.Lineage);
        await Host.SettleAsync();
        Assert.DoesNotContain(Host.Bus.Received<InformationRequestWithdrawn>(), m => m.RequestId == alphaCopy.RequestId);

        var late = Guid.NewGuid();
        await Host.Bus.Bus.Publish(Answer(betaCopy, "bank-beta", NoMatch("S1"), NoMatch("S2")), c => c.MessageId = late);
        await Eventually.AssertAsync(() => Task.FromResult(Host.Intake.Completed(late) == 1), "the FIU has dealt with beta's late answer");
        Assert.Equal("Withdrawn", Recipient(await GetAsync(analyst, reference), "bank-beta").GetProperty("status").GetString());
        Assert.Equal(1, await Host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == $"information-request:{betaCopy.RequestReference}" && e.Reasons == "request-withdrawn")));

        using var again = await analyst.PostAsync(new Uri($"/api/v1/information-requests/{reference}/withdraw", UriKind.Relative), null);
        using var unknown = await analyst.PostAsync(new Uri("/api/v1/information-requests/RFI-2026-0000000000/withdraw", UriKind.Relative), null);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (again.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task Withdraw_WhenEveryBankHasAnswered_Returns409()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha"]));
        var reference = request.GetProperty("reference").GetString()!;
        var copy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        await Host.Bus.Bus.Publish(Answer(copy, "bank-alpha", NoMatch("S1"), NoMatch("S2")));
        await Eventually.GetAsync(() => GetAsync(analyst, reference), r => r.GetProperty("status").GetString() == "Closed", "alpha's answer is in");

        using var response = await analyst.PostAsync(new Uri($"/api/v1/information-requests/{reference}/withdraw", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null((await GetAsync(analyst, reference)).GetProperty("withdrawnAt").GetString());
    }

    [Fact]
    public async Task Deadline_WhenItPasses_TheRequestAndTheBanksYetToAnswerAreOverdue_AndALateAnswerIsShownLate()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha", "bank-beta"], deadline: DateTimeOffset.UtcNow.AddSeconds(3)));
        var reference = request.GetProperty("reference").GetString()!;
        var alphaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        var betaCopy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-beta"), "beta's copy is sent");
        await Host.Bus.Bus.Publish(Answer(alphaCopy, "bank-alpha", NoMatch("S1"), NoMatch("S2")));
        await Eventually.GetAsync(() => GetAsync(analyst, reference), r => Recipient(r, "bank-alpha").GetProperty("status").GetString() == "Answered", "alpha's answer is in");

        var overdue = await Eventually.GetAsync(
            () => analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?status=Overdue&pageSize=200", UriKind.Relative)),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("reference").GetString() == reference), "the request is listed overdue");
        var item = overdue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == reference);
        Assert.True(item.GetProperty("overdue").GetBoolean());
        Assert.Equal(["Answered", "Overdue"], item.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("status").GetString()));

        await Host.Bus.Bus.Publish(Answer(betaCopy, "bank-beta", NoMatch("S1"), NoMatch("S2")) with { AnsweredAt = DateTimeOffset.UtcNow });
        var closed = await Eventually.GetAsync(() => GetAsync(analyst, reference), r => r.GetProperty("status").GetString() == "Closed", "beta's late answer is in");
        Assert.Equal((false, true), (Recipient(closed, "bank-alpha").GetProperty("late").GetBoolean(), Recipient(closed, "bank-beta").GetProperty("late").GetBoolean()));
        Assert.False(closed.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Retention_WhenAnAnswerIsPastItsRetention_ItIsPurgedAndAudited_AndTheBankStillShowsAnswered()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha"]));
        var reference = request.GetProperty("reference").GetString()!;
        var copy = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == BankReference(request, "bank-alpha"), "alpha's copy is sent");
        await Host.Bus.Bus.Publish(Answer(copy, "bank-alpha", Match("S1"), NoMatch("S2")));
        await Eventually.GetAsync(() => GetAsync(analyst, reference), r => r.GetProperty("status").GetString() == "Closed", "alpha's answer is in");
        await Host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE information_request_answers SET retain_until = now() - interval '1 day' WHERE reference = {copy.RequestReference}"));

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<FiuDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        var alpha = Recipient(await GetAsync(analyst, reference), "bank-alpha");
        Assert.Equal(("Answered", true), (alpha.GetProperty("status").GetString(), alpha.GetProperty("answerWithheld").GetBoolean()));
        Assert.Empty(alpha.GetProperty("answers").EnumerateArray());
        var purge = await Host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Kind == AuditKind.Purge && e.Subject == $"information-request:{copy.RequestReference}"));
        Assert.Equal(AuditOutcome.Performed, purge.Outcome);
    }

    private static string[] Banks(JsonElement finding, string property) => [.. finding.GetProperty(property).EnumerateArray().Select(b => b.GetString()!)];
}

using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Contracts.Grpc.Fiu.V1;
using Concord.Fiu.Tests.Integration;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.Fiu.Tests.Disseminations.DisseminationTests;

namespace Concord.Fiu.Tests.Disseminations;

/// <summary>
/// The Cases service asks for a disseminated report for a member of the task force: the filing bank and the police
/// see it; any other reader, and any report not disseminated under the agreement, is NOT_FOUND like an unknown one.
/// </summary>
public sealed class CaseReportsTests(TaskForceFiu fixture) : IClassFixture<TaskForceFiu>
{
    private const string NotFoundDetail = "No such report is available to this reader under this agreement.";

    private FiuHost Host => fixture.Host;

    [Fact]
    public async Task GetCaseReport_ForThePoliceAndTheFilingBank_AnswersTheReportAndAuditsEachAnswer()
    {
        var (filed, dissemination) = await DisseminatedAsync("bank-alpha");
        var client = Client();

        var police = await client.GetCaseReportAsync(Request(filed.ConcordReference, TaskForce.Police), CasesService());
        var bank = await client.GetCaseReportAsync(Request(filed.ConcordReference, "bank-alpha"), CasesService());

        foreach (var answer in new[] { police, bank })
        {
            Assert.Equal((filed.ConcordReference, "bank-alpha"), (answer.ConcordReference, answer.BankOrganisationId));
            Assert.StartsWith("FIU-", answer.FiuReference, StringComparison.Ordinal);
            Assert.Equal(filed.FiledAt, answer.FiledAt.ToDateTimeOffset());
            Assert.Equal([dissemination], answer.DisseminationReferences);
            Assert.Equal("AMBER", answer.Marking);
            // The canonical report JSON: what the bank filed, in the contracts' own shape.
            Assert.Equal(JsonSerializer.Serialize(filed.Report, ContractJson.Options), answer.ReportJson);
        }

        // Note: the reader keeps it no longer than the FIU may keep the report itself (the statutory retention from filing),
        // which here ends before the task force's own 2,190 days from now.
        Assert.Equal(filed.Envelope!.RetainUntil, police.RetainUntil.ToDateTimeOffset());
        Assert.True(police.RetainUntil.ToDateTimeOffset() < DateTimeOffset.UtcNow.AddDays(2190));
        var audit = await Host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == $"report:{filed.ConcordReference}" && e.Action.StartsWith("give case report")).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted, "secretariat-demo/cases-service"), (e.Kind, e.Outcome, e.Actor)));
        Assert.Contains(audit, e => e.Action == "give case report for police-ecu" && e.Details!.Contains("CASE-2026-TEST", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bank-beta")]
    [InlineData(TaskForce.Prosecutor)]
    [InlineData("customs-x")]
    public async Task GetCaseReport_ForAnotherReader_IsNotFoundExactlyAsAnUnknownReference(string reader)
    {
        var (filed, _) = await DisseminatedAsync("bank-alpha");
        var client = Client();

        var hidden = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCaseReportAsync(Request(filed.ConcordReference, reader), CasesService()));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCaseReportAsync(Request("CR-2026-0000000000", reader), CasesService()));

        Assert.Equal((StatusCode.NotFound, NotFoundDetail), (hidden.StatusCode, hidden.Status.Detail));
        Assert.Equal((unknown.StatusCode, unknown.Status.Detail), (hidden.StatusCode, hidden.Status.Detail));
        var refusal = await Host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"report:{filed.ConcordReference}" && e.Action == $"give case report for {reader}"));
        Assert.Equal((AuditKind.Decision, AuditOutcome.Denied), (refusal.Kind, refusal.Outcome));
        Assert.NotEmpty(refusal.Reasons);
    }

    [Fact]
    public async Task GetCaseReport_ForAReportNotDisseminatedUnderTheAgreement_IsNotFound()
    {
        var notDisseminated = await fixture.FileAsync("bank-alpha");
        var (disseminated, _) = await DisseminatedAsync("bank-alpha");
        var client = Client();

        var never = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCaseReportAsync(Request(notDisseminated.ConcordReference, TaskForce.Police), CasesService()));
        var otherAgreement = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCaseReportAsync(
            Request(disseminated.ConcordReference, TaskForce.Police, DemoAgreements.StatutoryId("bank-alpha")), CasesService()));
        var notAnId = Request(disseminated.ConcordReference, TaskForce.Police);
        notAnId.AgreementId = "AGR-GB-JMLIT-2026";
        var malformed = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCaseReportAsync(notAnId, CasesService()));

        Assert.All([never, otherAgreement, malformed], e => Assert.Equal((StatusCode.NotFound, NotFoundDetail), (e.StatusCode, e.Status.Detail)));
        var refusal = await Host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"report:{notDisseminated.ConcordReference}" && e.Action.StartsWith("give case report")));
        Assert.Equal((AuditOutcome.Denied, "not-disseminated"), (refusal.Outcome, refusal.Reasons));
    }

    [Theory]
    [InlineData("wrong scope", StatusCode.PermissionDenied)]
    [InlineData("wrong audience", StatusCode.Unauthenticated)]
    [InlineData("no token", StatusCode.Unauthenticated)]
    public async Task GetCaseReport_WithoutTheScopeAndAudience_IsRefused(string token, StatusCode expected)
    {
        var (filed, _) = await DisseminatedAsync("bank-alpha");
        var headers = token switch
        {
            "wrong scope" => Bearer(SelfSignedTokens.Issue(TestTokens.Audience, "secretariat-demo", "Oversight", null, "cases-service", "concord.agreements.replica concord.fiu")),
            "wrong audience" => Bearer(SelfSignedTokens.Issue("concord-cases", "secretariat-demo", "Oversight", null, "cases-service", "concord.fiu.case-reports")),
            _ => [],
        };

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await Client().GetCaseReportAsync(Request(filed.ConcordReference, TaskForce.Police), headers));

        Assert.Equal(expected, refused.StatusCode);
        Assert.False(await Host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Subject == $"report:{filed.ConcordReference}" && e.Action.StartsWith("give case report"))));
    }

    private async Task<(SuspiciousActivityReported Filed, string Dissemination)> DisseminatedAsync(string bank)
    {
        var filed = await fixture.FileAsync(bank);
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        return (filed, await DisseminateAsync(analyst, [filed.ConcordReference]));
    }

    private CaseReports.CaseReportsClient Client() => new(Host.Channel());

    private static GetCaseReportRequest Request(string reference, string reader, Guid? agreement = null) => new()
    {
        ConcordReference = reference,
        ReaderOrganisationId = reader,
        AgreementId = (agreement ?? TaskForce.Id).ToString(),
        CaseReference = "CASE-2026-TEST",
    };

    private static Metadata CasesService() =>
        Bearer(SelfSignedTokens.Issue(TestTokens.Audience, "secretariat-demo", "Oversight", null, "cases-service", "concord.agreements.replica concord.fiu.case-reports"));

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Cases.Tests.Integration;

/// <summary>What the FIU, the bank gateway and the task force's members do in these tests, through the bus and the API.</summary>
internal static class TaskForceCalls
{
    private static int _sequence;

    public static string NewReference(string prefix) => $"{prefix}-2026-{Interlocked.Increment(ref _sequence):D4}{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";

    /// <summary>The FIU disseminates reports of <paramref name="banks"/> (one report each) to police-ecu; returns once police-ecu can read it.</summary>
    public static async Task<IntelligenceDisseminated> DisseminateAsync(TaskForceHost host, HttpClient police, params string[] banks)
    {
        var reference = NewReference("DIS");
        var message = new IntelligenceDisseminated
        {
            DisseminationId = Guid.NewGuid(), DisseminationReference = reference, RecipientOrganisationId = TaskForceAgreement.Police,
            Title = "Cash-intensive businesses layering through shell companies", AnalysisNote = "Three reports from two banks share a director and two IBANs.",
            Reports = [.. banks.Select(bank => new DisseminatedReport { ReportId = Guid.NewGuid(), ConcordReference = NewReference("CR"), BankOrganisationId = bank, FiledAt = DateTimeOffset.UtcNow.AddDays(-3) })],
            DisseminatedBy = TaskForceAgreement.Fiu, DisseminatedByPerson = "analyst-1", DisseminatedAt = DateTimeOffset.UtcNow,
            Envelope = TaskForceAgreement.Dissemination(reference),
        };
        await host.Bus.PublishAsync(message);
        await Eventually.AssertAsync(async () => (await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/disseminations/{reference}")).Status == HttpStatusCode.OK,
            $"the dissemination {reference} is stored for police-ecu");
        return message;
    }

    public static async Task<CaseView> OpenFromAsync(HttpClient lead, string reference)
    {
        using var response = await lead.PostAsJsonAsync(new Uri($"/api/v1/disseminations/{reference}/case", UriKind.Relative), new { title = "Operation Ledger", caseType = "MoneyLaundering" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseView>(Api.Json))!;
    }

    public static async Task<IReadOnlyList<ItemSummary>> ItemsAsync(HttpClient http, Guid caseId)
    {
        using var response = await http.GetAsync(new Uri($"/api/v1/cases/{caseId}/items", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IReadOnlyList<ItemSummary>>(Api.Json))!;
    }

    public static async Task<IReadOnlyList<ProductionRequestView>> RequestProductionAsync(HttpClient lead, Guid caseId, params string[] banks)
    {
        using var response = await lead.PostAsJsonAsync(new Uri($"/api/v1/cases/{caseId}/production-requests", UriKind.Relative), ProductionBody(banks), Api.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IReadOnlyList<ProductionRequestView>>(Api.Json))!;
    }

    public static object ProductionBody(params string[] banks) => new
    {
        bankOrganisationIds = banks,
        description = "Statements January to June 2026 and the account-opening file",
        subjects = new[]
        {
            new RequestedSubject
            {
                LocalId = "S1", Kind = SubjectKind.Person, Person = new PersonDetails { FamilyName = "Marlow", GivenNames = "Jon" },
                Accounts = [new RequestedAccount { Iban = "GB33BUKB20201555555555" }],
            },
        },
        legalInstrument = "Production order 2026/117",
        deadline = DateTimeOffset.UtcNow.AddDays(14),
    };

    public static ProducedDocument Document(string name, string text, bool corrupt = false)
    {
        var content = Encoding.UTF8.GetBytes(text);
        var digest = Convert.ToHexStringLower(SHA256.HashData(content));
        return new ProducedDocument
        {
            DocumentId = Guid.NewGuid(), FileName = name, MediaType = "text/csv", Content = content,
            Sha256 = corrupt ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text + "tampered"))) : digest,
        };
    }

    /// <summary>An answer from <paramref name="bank"/> (the envelope's sender) to the request <paramref name="requested"/>.</summary>
    public static ProductionRequestAnswered Answer(ProductionRequested requested, string bank, params ProducedDocument[] documents) => new()
    {
        ProductionRequestId = requested.ProductionRequestId, RequestReference = requested.RequestReference, BankOrganisationId = bank, Documents = documents,
        Comment = "Statements attached.", AnsweredBy = $"{bank}-clerk", AnsweredAt = DateTimeOffset.UtcNow,
        Envelope = TaskForceAgreement.Answer(bank, requested.RequestReference),
    };

    /// <summary>Waits until the audit chain records the answer to <paramref name="reference"/> with <paramref name="reasons"/> (empty: taken).</summary>
    public static Task WaitForAnswerAuditAsync(TaskForceHost host, string reference, string reasons) =>
        Eventually.AssertAsync(() => host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e =>
                e.Subject == $"production-request:{reference}" && e.Action.StartsWith("take answer") && e.Reasons == reasons
                && e.Outcome == (reasons.Length == 0 ? AuditOutcome.Permitted : AuditOutcome.Denied))),
            $"the answer to {reference} is audited ({(reasons.Length == 0 ? "taken" : reasons)})");

    public static string WithoutTraceId(JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
}

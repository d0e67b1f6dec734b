using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.Fiu.Tests.Integration;

/// <summary>Requests for information as an analyst sends them, and answers as a bank's gateway sends them back.</summary>
internal static class RequestBodies
{
    public const string SharedIban = "GB33BUKB20201555555555";

    public static readonly JsonSerializerOptions Json = CreateJson();

    public static JsonObject Request(string[]? banks = null, bool allBanks = false, string agreement = DemoPartnership.Code, DateTimeOffset? deadline = null, int subjects = 2)
    {
        var body = new JsonObject
        {
            ["agreement"] = agreement,
            ["subjects"] = new JsonArray([.. Enumerable.Range(1, subjects).Select(i => (JsonNode)(i % 2 == 1 ? Person($"S{i}") : Entity($"S{i}")))]),
            ["reason"] = "Cash structuring into accounts that pay a newly incorporated company; looking for other accounts of the subjects.",
            ["deadline"] = (deadline ?? DateTimeOffset.UtcNow.AddDays(14)).ToString("O", CultureInfo.InvariantCulture),
        };
        if (allBanks)
        {
            body["allBanks"] = true;
        }
        else
        {
            body["banks"] = new JsonArray([.. (banks ?? ["bank-alpha", "bank-beta"]).Select(bank => (JsonNode)bank)]);
        }

        return body;
    }

    public static JsonObject Person(string localId) => new()
    {
        ["localId"] = localId,
        ["kind"] = "Person",
        ["person"] = new JsonObject { ["givenNames"] = "Daniel James", ["familyName"] = "Whitcombe", ["dateOfBirth"] = "1984-03-12" },
        ["identifiers"] = new JsonArray(new JsonObject { ["type"] = "Passport", ["number"] = "533401289", ["issuingCountry"] = "GB" }),
        ["accounts"] = new JsonArray(new JsonObject { ["iban"] = "GB33 BUKB 2020 1555 5555 55" }),
    };

    public static JsonObject Entity(string localId) => new()
    {
        ["localId"] = localId,
        ["kind"] = "LegalEntity",
        ["legalEntity"] = new JsonObject { ["name"] = "Northgate Trading Ltd", ["registrationNumber"] = "14820391", ["registrationCountry"] = "GB" },
        ["accounts"] = new JsonArray(new JsonObject { ["accountNumber"] = "55555555", ["institutionBic"] = "BUKBGB22" }),
    };

    public static StringContent Content(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<JsonElement> SendAsync(HttpClient analyst, JsonNode body)
    {
        using var response = await analyst.PostAsync(new Uri("/api/v1/information-requests", UriKind.Relative), Content(body));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Sending the request answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> GetAsync(HttpClient analyst, string reference) =>
        analyst.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/information-requests/{reference}", UriKind.Relative));

    /// <summary>The bank's reference of its copy, from a request's details.</summary>
    public static string BankReference(JsonElement request, string bank) =>
        request.GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("bank").GetString() == bank).GetProperty("reference").GetString()!;

    public static JsonElement Recipient(JsonElement request, string bank) =>
        request.GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("bank").GetString() == bank);

    /// <summary>An answer as the gateway publishes it, under the partnership agreement.</summary>
    public static InformationRequestAnswered Answer(InformationRequested request, string bank, params SubjectAnswer[] answers) => new()
    {
        RequestId = request.RequestId,
        RequestReference = request.RequestReference,
        BankOrganisationId = bank,
        Answers = answers,
        AnsweredBy = $"{bank}-filing",
        AnsweredAt = DateTimeOffset.UtcNow,
        Envelope = DemoPartnership.AnswerEnvelope(bank, request.RequestReference, CategoriesOf(answers)),
    };

    public static SubjectAnswer NoMatch(string subject) => new() { Subject = subject, Result = MatchResult.NoMatch };

    public static SubjectAnswer Match(string subject) => new()
    {
        Subject = subject,
        Result = MatchResult.Match,
        Details = new MatchDetails
        {
            Accounts = [new Contracts.Filing.Account { LocalId = "A1", Iban = SharedIban, InstitutionName = "Alpha Bank plc", Currency = "GBP", HeldAtReportingEntity = true }],
            Transactions = [new Contracts.Filing.Transaction { OccurredAt = new DateTimeOffset(2026, 10, 4, 10, 15, 0, TimeSpan.Zero), Amount = 9_500m, Currency = "GBP", Direction = Contracts.Filing.TransactionDirection.Incoming, Channel = "Cash", AccountId = "A1" }],
            Narrative = "Customer since 2019; the account received cash deposits below the threshold at three branches.",
        },
    };

    private static IReadOnlyList<DataCategory> CategoriesOf(SubjectAnswer[] answers) =>
        answers.Any(a => a.Details is not null)
            ? [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative]
            : [DataCategory.SubjectIdentity];

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Contracts.Filing;
using Concord.Testing;

namespace Concord.EndToEnd.Tests;

/// <summary>What a bank's system does: file a report and follow it until the FIU decides.</summary>
internal static class Journey
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<string> FileAsync(HttpClient bank, SuspiciousActivityReport report, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await bank.PostAsync(new Uri("api/v1/reports", UriKind.Relative), Content(report));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Filing answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("concordReference").GetString()!;
    }

    public static StringContent Content(SuspiciousActivityReport report) =>
        new(JsonSerializer.Serialize(report, Json), Encoding.UTF8, "application/json");

    public static Task<JsonElement> StatusAsync(HttpClient bank, string concordReference) =>
        bank.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/reports/{concordReference}", UriKind.Relative));

    public static Task<JsonElement> DecidedAsync(HttpClient bank, string concordReference, TimeSpan? timeout = null) =>
        Eventually.GetAsync(
            () => StatusAsync(bank, concordReference),
            status => status.GetProperty("status").GetString() is "Acknowledged" or "Rejected",
            $"the FIU decided on {concordReference}",
            timeout ?? TimeSpan.FromSeconds(60));

    public static string NewReference(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}

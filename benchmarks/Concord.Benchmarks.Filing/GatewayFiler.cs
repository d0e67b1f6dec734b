using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Testing;

namespace Concord.Benchmarks.Filing;

/// <summary>Files batches over the gateway's REST API as a bank's system would, noting when each batch was sent.</summary>
internal sealed class GatewayFiler(HttpClient http, string runId)
{
    private static readonly JsonSerializerOptions Json = CreateJson();
    private int _next;

    public static async Task<GatewayFiler> CreateAsync(BenchmarkSettings settings, string runId)
    {
        using var identity = new HttpClient { BaseAddress = settings.Identity };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoClients.BankAlpha.Id,
            ["client_secret"] = DemoClients.BankAlpha.Secret,
            ["scope"] = DemoClients.BankAlpha.Scope,
        });
        using var response = await identity.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var http = new HttpClient { BaseAddress = settings.Gateway, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GatewayFiler(http, runId);
    }

    /// <summary>Files one batch; returns each accepted report's Concord reference with the time the batch was sent.</summary>
    public async Task<IReadOnlyList<(string Reference, long SentAt)>> FileBatchAsync(int size)
    {
        var reports = new List<SuspiciousActivityReport>(size);
        for (var i = 0; i < size; i++)
        {
            reports.Add(SampleReports.Structuring("bank-alpha", $"B{runId}-{Interlocked.Increment(ref _next)}"));
        }

        using var content = new StringContent(JsonSerializer.Serialize(new { reports }, Json), Encoding.UTF8, "application/json");
        var sentAt = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(new Uri("api/v1/reports/batch", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() == "Accepted")
            .Select(r => (r.GetProperty("concordReference").GetString()!, sentAt))
            .ToList();
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        return options;
    }
}

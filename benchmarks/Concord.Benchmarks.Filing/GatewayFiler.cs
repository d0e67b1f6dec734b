using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
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

    /// <summary>
    /// A batch request body of <paramref name="size"/> new reports, made before the clock starts: the bank's system
    /// building its JSON is not the network's work, and it shares the same two cores.
    /// </summary>
    public byte[] PrepareBatch(int size)
    {
        var reports = new List<SuspiciousActivityReport>(size);
        for (var i = 0; i < size; i++)
        {
            reports.Add(SampleReports.Structuring("bank-alpha", $"B{runId}-{Interlocked.Increment(ref _next)}"));
        }

        return JsonSerializer.SerializeToUtf8Bytes(new { reports }, Json);
    }

    /// <summary>Files one batch; returns each accepted report's Concord reference with the time the batch was sent.</summary>
    public Task<IReadOnlyList<(string Reference, long SentAt)>> FileBatchAsync(int size) => FileBatchAsync(PrepareBatch(size));

    /// <summary>Files one prepared batch; returns each accepted report's Concord reference with the time it was sent.</summary>
    public async Task<IReadOnlyList<(string Reference, long SentAt)>> FileBatchAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var sentAt = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(new Uri("api/v1/reports/batch", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("results").EnumerateArray()
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

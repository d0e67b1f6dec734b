using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Agreements.Endpoints;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>Calls on the REST API as a client would make them: JSON in, JSON or a problem out.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static StringContent Body(object value) => new(JsonSerializer.Serialize(value, Json), Encoding.UTF8, "application/json");

    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = body switch { null => null, HttpContent content => content, _ => Body(body) },
        };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string path, object? body = null) => SendAsync(http, HttpMethod.Post, path, body ?? Raw("{}"));

    public static Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string path) => SendAsync(http, HttpMethod.Get, path);

    /// <summary>Posts and expects <paramref name="expected"/>, failing with the answer otherwise.</summary>
    public static async Task<AgreementDetails> ExpectAsync(HttpClient http, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var (status, answer) = await SendAsync(http, method, path, body ?? (method == HttpMethod.Post ? Raw("{}") : null));
        Assert.True(status == expected, $"{method} {path}: expected {(int)expected}, got {(int)status}: {answer}");
        return answer.Deserialize<AgreementDetails>(Json)!;
    }

    public static async Task<AgreementDetails> GetAgreementAsync(HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<AgreementDetails>(new Uri($"/api/v1/agreements/{id}", UriKind.Relative), Json))!;

    /// <summary>The field paths and codes of a validation problem.</summary>
    public static List<(string Path, string Code)> FieldErrors(JsonElement problem) =>
        [.. problem.GetProperty("fieldErrors").EnumerateArray().Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("code").GetString()!))];

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}

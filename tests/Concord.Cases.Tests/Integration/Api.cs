using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Cases.Views;
using Xunit;

namespace Concord.Cases.Tests.Integration;

/// <summary>Calls on the cases API as a client would make them, and the answers read back.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<CaseView> OpenAsync(HttpClient http, string title = "Operation Lantern", string caseType = "MoneyLaundering")
    {
        using var response = await http.PostAsJsonAsync(new Uri("/api/v1/cases", UriKind.Relative), new { title, caseType, agreementCode = CaseAgreements.Code });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseView>(Json))!;
    }

    public static async Task<CaseView> AddMemberAsync(HttpClient lead, Guid caseId, string personId, string organisationId, string role)
    {
        using var response = await lead.PostAsJsonAsync(new Uri($"/api/v1/cases/{caseId}/members", UriKind.Relative), new { personId, organisationId, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseView>(Json))!;
    }

    public static async Task<CasePage> ListAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/api/v1/cases?pageSize=200", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CasePage>(Json))!;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}

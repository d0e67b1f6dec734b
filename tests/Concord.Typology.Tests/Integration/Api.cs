using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Contracts.Filing;
using Concord.Typology.Domain;
using Concord.Typology.Views;
using Xunit;

namespace Concord.Typology.Tests.Integration;

/// <summary>The typology service's REST API as the tests call it.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = Create();

    public static Task<HttpResponseMessage> CreateAsync(HttpClient analyst, TypologyBody body) =>
        analyst.PostAsJsonAsync(new Uri("/api/v1/typologies", UriKind.Relative), body, Json);

    public static Task<HttpResponseMessage> EditAsync(HttpClient analyst, string code, TypologyBody body) =>
        analyst.PutAsJsonAsync(new Uri($"/api/v1/typologies/{code}/draft", UriKind.Relative), body, Json);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null) =>
        body is null ? client.PostAsync(new Uri(path, UriKind.Relative), null) : client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json);

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient analyst, string code) => PostAsync(analyst, $"/api/v1/typologies/{code}/draft/submit");

    public static Task<HttpResponseMessage> ApproveAsync(HttpClient analyst, string code) => PostAsync(analyst, $"/api/v1/typologies/{code}/draft/approve");

    public static async Task<T> GetAsync<T>(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>Creates, submits (as analyst 1) and approves (as analyst 2) a typology; its first version.</summary>
    public static async Task<VersionView> PublishAsync(TypologyHost host, TypologyBody body)
    {
        using var author = host.Analyst(TypologyHost.Analyst1);
        using var reviewer = host.Analyst(TypologyHost.Analyst2);
        await ExpectAsync(await CreateAsync(author, body), HttpStatusCode.Created);
        await ExpectAsync(await SubmitAsync(author, body.Code!), HttpStatusCode.OK);
        return await ReadAsync<VersionView>(await ApproveAsync(reviewer, body.Code!), HttpStatusCode.OK);
    }

    /// <summary>Drafts the next version with <paramref name="body"/>'s content, submits and approves it.</summary>
    public static async Task<VersionView> PublishNextAsync(TypologyHost host, TypologyBody body)
    {
        using var author = host.Analyst(TypologyHost.Analyst1);
        using var reviewer = host.Analyst(TypologyHost.Analyst2);
        await ExpectAsync(await PostAsync(author, $"/api/v1/typologies/{body.Code}/draft"), HttpStatusCode.Created);
        await ExpectAsync(await EditAsync(author, body.Code!, body), HttpStatusCode.OK);
        await ExpectAsync(await SubmitAsync(author, body.Code!), HttpStatusCode.OK);
        return await ReadAsync<VersionView>(await ApproveAsync(reviewer, body.Code!), HttpStatusCode.OK);
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode} {text}");
            return JsonSerializer.Deserialize<T>(text, Json)!;
        }
    }

    /// <summary>A refusal's status, problem type and field errors.</summary>
    public static async Task<Problem> ProblemAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = (await response.Content.ReadFromJsonAsync<Problem>(Json))!;
            return problem with { Status = (int)response.StatusCode };
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    internal sealed record Problem(int Status, string? Type, string? Title, string? Detail, IReadOnlyList<FieldError>? FieldErrors)
    {
        public IEnumerable<(string Path, string Code)> Errors => (FieldErrors ?? []).Select(e => (e.Path, e.Code));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;
using static Concord.LegalBasis.Tests.Reading.ReadingFixture;

namespace Concord.LegalBasis.Tests.Enforcement;

/// <summary>The HTTP endpoint filter over a real in-process ASP.NET Core host, its audit in PostgreSQL.</summary>
public sealed class EndpointFilterTests : IAsyncLifetime
{
    private readonly Handled _handled = new();
    private EnforcementTestHost _host = null!;

    public sealed record ShareRequest(string Title, SharingEnvelope? Envelope);

    public async Task InitializeAsync() => _host = await EnforcementTestHost.StartAsync(
        services => services.AddSingleton(_handled),
        app =>
        {
            app.MapPost("/items", (ShareRequest request, Handled handled) =>
            {
                handled.Count++;
                return TypedResults.Ok(new { shared = request.Title });
            }).RequireLegalBasis();
            app.MapPost("/items/batch", (IReadOnlyList<ShareRequest> requests, Handled handled) =>
            {
                handled.Count++;
                return TypedResults.Ok(new { shared = requests.Count });
            }).RequireLegalBasis();
            app.MapGet("/items", () => All).RequireLegalBasis();
            app.MapGet("/items/stream", () => All.ToAsyncEnumerable()).RequireLegalBasis();
            app.MapGet("/items/{id}", Results<Ok<Item>, NotFound> (string id) =>
                All.SingleOrDefault(item => item.Id == id) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound()).RequireLegalBasis();
            app.MapGet("/reports/{id}", Results<Ok<Item>, ProblemHttpResult> (string id) =>
                All.SingleOrDefault(item => item.Id == id) is { } item ? TypedResults.Ok(item) : NoSuchReport(id))
                .RequireLegalBasis(notFound: call => NoSuchReport(call.GetArgument<string>(0)));
            app.MapGet("/pages/unfiltered", () => TypedResults.Ok(new ReadPage<Item>(All, All.Count))).RequireLegalBasis();
            app.MapGet("/pages/filtered", async (HttpContext http, ReadFilter reads) =>
            {
                Reader.TryFrom(http.User, out var reader);
                return TypedResults.Ok(await reads.ReadPageAsync(reader, Items, All, 0, 10, http.RequestAborted));
            }).RequireLegalBasis();
        });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Share_WhenEveryRecipientHasABasis_RunsTheHandler_AndAuditsThePermit()
    {
        var response = await _host.Client("bank-alpha").PostAsJsonAsync("/items", new ShareRequest("report", FilingEnvelope()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _handled.Count);
        var entry = Assert.Single(await Entries());
        Assert.Equal((AuditKind.Decision, AuditOutcome.Permitted, "share ShareRequest for fiu-gb", "bank-alpha/test-user"), (entry.Kind, entry.Outcome, entry.Action, entry.Actor));
    }

    [Fact]
    public async Task Share_WhenARecipientHasNoBasis_Answers403WithTheReasons_AndTheHandlerDoesNotRun()
    {
        var response = await _host.Client("bank-alpha").PostAsJsonAsync("/items", new ShareRequest("report", FilingEnvelope() with { Recipients = ["fiu-gb", "fiu-fr"] }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal(403, problem.RootElement.GetProperty("status").GetInt32());
        var refused = Assert.Single(problem.RootElement.GetProperty("recipients").EnumerateArray());
        Assert.Equal("fiu-fr", refused.GetProperty("recipient").GetString());
        var reason = Assert.Single(refused.GetProperty("reasons").EnumerateArray());
        Assert.Equal("recipient-not-party", reason.GetProperty("code").GetString());
        Assert.Equal(DenyReasons.RecipientNotParty.Describe(), reason.GetProperty("description").GetString());
        Assert.Equal(0, _handled.Count);
        var entries = (await Entries()).ToDictionary(e => e.Action, e => (e.Outcome, e.Reasons));
        Assert.Equal((AuditOutcome.Permitted, ""), entries["share ShareRequest for fiu-gb"]);
        Assert.Equal((AuditOutcome.Denied, "recipient-not-party"), entries["share ShareRequest for fiu-fr"]);
    }

    [Fact]
    public async Task Share_WhenTheCallerIsNotTheSender_Answers403()
    {
        var response = await _host.Client("bank-beta").PostAsJsonAsync("/items", new ShareRequest("someone else's report", FilingEnvelope()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("actor-not-entitled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _handled.Count);
    }

    [Fact]
    public async Task Share_WhenOneItemOfABatchHasNoEnvelope_Answers403_AndTheHandlerDoesNotRun()
    {
        var response = await _host.Client("bank-alpha").PostAsJsonAsync("/items/batch", new[] { new ShareRequest("one", FilingEnvelope()), new ShareRequest("two", null) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("envelope-incomplete", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _handled.Count);
    }

    [Theory]
    [InlineData("POST", "/items")]
    [InlineData("GET", "/items")]
    public async Task AnyCall_WithoutAnOrganisation_Answers403(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new ShareRequest("report", FilingEnvelope())) : null,
        };

        var response = await _host.Client(null).SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("https://concord.dev/problems/no-organisation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _handled.Count);
        Assert.Empty(await Entries());
    }

    [Fact]
    public async Task List_ReturnsOnlyWhatTheCallerMaySee_AndAuditsEachReadAndDenial()
    {
        var items = await _host.Client("bank-alpha").GetFromJsonAsync<List<Item>>("/items");

        Assert.Equal([AlphaReport.Id, FeedbackToAlpha.Id, AlphaDataForPolice.Id], Ids(items!));
        var entries = await Entries();
        Assert.Equal(["http:GET /items#0", "http:GET /items#2", "http:GET /items#4"], entries.Where(e => e.Kind == AuditKind.Read).Select(e => e.Subject));
        Assert.Equal(["http:GET /items#1", "http:GET /items#3"], entries.Where(e => e.Outcome == AuditOutcome.Denied).Select(e => e.Subject));
    }

    [Fact]
    public async Task List_AsAnAsynchronousStream_IsRefusedRatherThanPassedUnfiltered()
    {
        var failure = await Record.ExceptionAsync(async () =>
        {
            var response = await _host.Client("bank-alpha").GetAsync("/items/stream");
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        });

        // Note: the test server hands the application's exception to the client, where a real server answers 500.
        Assert.True(failure is null or InvalidOperationException, failure?.ToString());
        Assert.DoesNotContain(await Entries(), e => e.Kind == AuditKind.Read);
    }

    [Fact]
    public async Task Get_WhenTheCallerMayNotSeeTheItem_Answers404LikeAMissingOne()
    {
        var client = _host.Client("bank-alpha");

        var hidden = await client.GetAsync($"/items/{BetaReport.Id}");
        var missing = await client.GetAsync("/items/no-such-item");
        var own = await client.GetFromJsonAsync<Item>($"/items/{AlphaReport.Id}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await Answer(missing), await Answer(hidden));
        Assert.Equal(AlphaReport.Id, own!.Id);
        var denied = Assert.Single(await Entries(), e => e.Outcome == AuditOutcome.Denied);
        Assert.Equal("http:GET /items/beta-report", denied.Subject);
    }

    [Fact]
    public async Task Get_WhenTheEndpointHasItsOwnNotFound_AHiddenItemGetsTheSameAnswer()
    {
        var client = _host.Client("bank-alpha");

        var hidden = await client.GetAsync($"/reports/{BetaReport.Id}");
        var missing = await client.GetAsync($"/reports/{BetaReport.Id}-x");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using (var problem = JsonDocument.Parse(await hidden.Content.ReadAsStringAsync()))
        {
            Assert.Equal($"No item '{BetaReport.Id}' is visible to you.", problem.RootElement.GetProperty("detail").GetString());
        }

        Assert.Equal((await Answer(missing)).Replace("-x", "", StringComparison.Ordinal), await Answer(hidden));
    }

    [Fact]
    public async Task Page_WhenTheServiceDidNotFilter_TheFilterTakesHiddenItemsOutOfItemsAndTotal()
    {
        var page = await _host.Client("bank-alpha").GetFromJsonAsync<ReadPage<Item>>("/pages/unfiltered");

        Assert.Equal([AlphaReport.Id, FeedbackToAlpha.Id, AlphaDataForPolice.Id], Ids(page!.Items));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Page_WhenTheServiceFilteredIt_EachReadIsAuditedOnce()
    {
        var page = await _host.Client("fiu-gb").GetFromJsonAsync<ReadPage<Item>>("/pages/filtered");

        Assert.Equal(4, page!.Total);
        var entries = await Entries();
        Assert.Equal(["item:alpha-report", "item:beta-report", "item:feedback-alpha", "item:feedback-beta"], entries.Where(e => e.Kind == AuditKind.Read).Select(e => e.Subject));
        Assert.Equal(["item:alpha-for-police"], entries.Where(e => e.Outcome == AuditOutcome.Denied).Select(e => e.Subject));
    }

    private static ProblemHttpResult NoSuchReport(string id) =>
        TypedResults.Problem(title: "Item not found.", detail: $"No item '{id}' is visible to you.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Status, content type and body of an answer, without the trace id that differs between any two requests.</summary>
    private static async Task<string> Answer(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        json?.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {json?.ToJsonString()}";
    }

    private async Task<List<AuditEntry>> Entries()
    {
        await using var db = _host.Database.NewContext();
        return await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
    }

    public sealed class Handled
    {
        public int Count { get; set; }
    }
}

using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Tests.Grpc;
using Concord.LegalBasis.Tests.Grpc.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;
using static Concord.LegalBasis.Tests.Reading.ReadingFixture;

namespace Concord.LegalBasis.Tests.Enforcement;

/// <summary>The gRPC interceptor over an in-process gRPC host, its audit in PostgreSQL.</summary>
public sealed class InterceptorTests : IAsyncLifetime
{
    private readonly ItemStoreService.Reached _reached = new();
    private EnforcementTestHost _host = null!;

    public async Task InitializeAsync() => _host = await EnforcementTestHost.StartAsync(
        services => services.AddSingleton(_reached),
        app => app.MapGrpcService<ItemStoreService>());

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Share_WhenEveryRecipientHasABasis_ReachesTheService()
    {
        var receipt = await Client().ShareAsync(ItemMessage.From(AlphaReport), As("bank-alpha"));

        Assert.Equal(1, receipt.Accepted);
        Assert.Equal([AlphaReport.Id], _reached.Ids);
        var entry = Assert.Single(await Entries());
        Assert.Equal((AuditOutcome.Permitted, "share ItemMessage for fiu-gb", "item:alpha-report"), (entry.Outcome, entry.Action, entry.Subject));
    }

    [Fact]
    public async Task Share_WhenARecipientHasNoBasis_IsPermissionDeniedWithTheReasons_AndAudited()
    {
        var message = ItemMessage.From(AlphaReport with { Envelope = FilingEnvelope() with { Recipients = ["fiu-gb", "fiu-fr"], Purpose = Contracts.Sharing.Purpose.Analysis } });

        var refused = await Assert.ThrowsAsync<RpcException>(() => Client().ShareAsync(message, As("bank-alpha")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains("fiu-gb (purpose-not-covered)", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("fiu-fr (recipient-not-party)", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(
            ["fiu-gb=purpose-not-covered", "fiu-fr=recipient-not-party"],
            refused.Trailers.Where(entry => entry.Key == LegalBasisInterceptor.ReasonsTrailer).Select(entry => entry.Value));
        Assert.Empty(_reached.Ids);
        Assert.Equal([AuditOutcome.Denied, AuditOutcome.Denied], (await Entries()).Select(e => e.Outcome));
    }

    [Fact]
    public async Task ShareMany_WhenOneStreamedMessageHasNoBasis_IsPermissionDenied_BeforeThatMessageReachesTheService()
    {
        using var call = Client().ShareMany(As("bank-alpha"));
        await call.RequestStream.WriteAsync(ItemMessage.From(AlphaReport));
        await call.RequestStream.WriteAsync(ItemMessage.From(BetaReport));
        await call.RequestStream.CompleteAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains("actor-not-entitled", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal([AlphaReport.Id], _reached.Ids);
    }

    [Fact]
    public async Task Get_WhenTheCallerMayNotSeeTheItem_IsNotFound_AndTheDenialAudited()
    {
        var client = Client();

        var hidden = await Assert.ThrowsAsync<RpcException>(() => client.GetAsync(new GetItemRequest { Id = BetaReport.Id }, As("bank-alpha")).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetAsync(new GetItemRequest { Id = "no-such-item" }, As("bank-alpha")).ResponseAsync);
        var permitted = await client.GetAsync(new GetItemRequest { Id = FeedbackToAlpha.Id }, As("bank-alpha"));

        Assert.Equal((StatusCode.NotFound, missing.Status.Detail), (hidden.StatusCode, hidden.Status.Detail));
        Assert.Equal(FeedbackToAlpha.Id, permitted.Id);
        var entries = await Entries();
        Assert.Equal([("item:beta-report", AuditOutcome.Denied), ("item:feedback-alpha", AuditOutcome.Performed)], entries.Select(e => (e.Subject, e.Outcome)));
    }

    [Fact]
    public async Task List_StreamsOnlyTheItemsTheCallerMaySee()
    {
        using var call = Client().List(new ListItemsRequest(), As("bank-alpha"));

        var ids = new List<string>();
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            ids.Add(item.Id);
        }

        Assert.Equal([AlphaReport.Id, FeedbackToAlpha.Id, AlphaDataForPolice.Id], ids);
        var entries = await Entries();
        Assert.Equal(3, entries.Count(e => e.Kind == AuditKind.Read));
        Assert.Equal(["item:beta-report", "item:feedback-beta"], entries.Where(e => e.Outcome == AuditOutcome.Denied).Select(e => e.Subject));
    }

    [Fact]
    public async Task Get_WithoutAnOrganisation_IsPermissionDenied()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => Client().GetAsync(new GetItemRequest { Id = AlphaReport.Id }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Empty(await Entries());
    }

    private static Metadata As(string organisation) => new() { { TestOrganisation.Header, organisation } };

    private ItemStore.ItemStoreClient Client() => new(_host.Channel());

    private async Task<List<AuditEntry>> Entries()
    {
        await using var db = _host.Database.NewContext();
        return await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
    }
}

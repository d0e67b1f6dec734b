using System.Net;
using Concord.Cases.Domain;
using Concord.Contracts.Sharing;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>Members add notes and intelligence as their organisation's data; who else reads them is the agreement's business.</summary>
public sealed class ItemTests(TaskForceHost host) : IClassFixture<TaskForceHost>
{
    [Fact]
    public async Task AddItem_AnAmberNote_IsReadByAVettedBankAndAnAmberStrictOneIsNot()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        await Api.AddMemberAsync(police, opened.Id, "vera", "bank-alpha", "BankInvestigator");
        using var bank = host.Person("vera", "bank-alpha", "Bank");

        var amber = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items",
            new { title = "Account holder", text = "The account holder is a front.", marking = "Amber", grading = new { reliability = "B", credibility = "ProbablyTrue" } });
        var strict = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items",
            new { kind = "Intelligence", title = "Informant", text = "Informant says cash moves on Fridays.", marking = "AmberStrict" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (amber.Status, strict.Status));
        Assert.Equal(2, (await ItemsAsync(police, opened.Id)).Count);
        var seen = Assert.Single(await ItemsAsync(bank, opened.Id));
        Assert.Equal((amber.Body.GetProperty("itemId").GetGuid(), Tlp.Amber, SourceReliability.B), (seen.ItemId, seen.Marking, seen.Grading!.Reliability));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(bank, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{strict.Body.GetProperty("itemId").GetGuid()}")).Status);
        Assert.Equal(1, (await Api.SendAsync(bank, HttpMethod.Get, $"/api/v1/cases/{opened.Id}")).Body.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task AddItem_WhenInvalidOrByAnOutsider_IsRefusedAndNothingStored()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        using var outsider = host.Person("gina", "bank-gamma", "Bank");

        var invalid = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items", new { kind = "Dissemination", title = "", text = "x", marking = "Amber", categories = Array.Empty<string>() });
        var noMarking = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items", new { title = "t", text = "x" });
        var hiddenParent = await Api.SendAsync(police, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items", new { title = "t", text = "x", marking = "Amber", parentItemId = Guid.NewGuid() });
        var outside = await Api.SendAsync(outsider, HttpMethod.Post, $"/api/v1/cases/{opened.Id}/items", new { title = "t", text = "x", marking = "Amber" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(["kind", "title", "categories"], invalid.Body.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, CaseErrorCodes.Required), (noMarking.Status, Api.Code(noMarking.Body)));
        Assert.Equal((HttpStatusCode.BadRequest, CaseErrorCodes.ItemNotFound), (hiddenParent.Status, Api.Code(hiddenParent.Body)));
        Assert.Equal(HttpStatusCode.NotFound, outside.Status);
        Assert.Empty(await ItemsAsync(police, opened.Id));
    }
}

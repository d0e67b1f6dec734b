using System.Net;
using Concord.Cases.Domain;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>Report details come from the FIU over gRPC, for the reading organisation, only for reports in a visible item's lineage.</summary>
public sealed class ReportTests(TaskForceHost host) : IClassFixture<TaskForceHost>
{
    [Fact]
    public async Task GetReport_InAVisibleItemsLineage_AsksTheFiuForTheReaderUnderTheCasesAgreement()
    {
        using var police = host.Person("alice", "police-ecu");
        var disseminated = await DisseminateAsync(host, police, "bank-alpha");
        var report = disseminated.Reports[0].ConcordReference;
        host.Fiu.Knows(report, "bank-alpha", CaseAgreements.Id);
        var opened = await OpenFromAsync(police, disseminated.DisseminationReference);
        var itemId = Assert.Single(await ItemsAsync(police, opened.Id)).ItemId;

        var read = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}/reports/{report}");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(("bank-alpha", "AMBER"), (read.Body.GetProperty("bankOrganisationId").GetString(), read.Body.GetProperty("marking").GetString()));
        Assert.Equal(report, read.Body.GetProperty("report").GetProperty("reference").GetString());
        var asked = Assert.Single(host.Fiu.Requests, r => r.ConcordReference == report);
        Assert.Equal(("police-ecu", CaseAgreements.Id.ToString(), opened.Reference), (asked.ReaderOrganisationId, asked.AgreementId, asked.CaseReference));
    }

    [Fact]
    public async Task GetReport_NotInTheLineageOrRefusedByTheFiuOrOfAHiddenItem_IsNotFoundAndTheFiuDownIs503()
    {
        using var police = host.Person("alice", "police-ecu");
        var disseminated = await DisseminateAsync(host, police, "bank-alpha", "bank-beta");
        var known = disseminated.Reports[0].ConcordReference;
        host.Fiu.Knows(known, "bank-alpha", CaseAgreements.Id);
        var opened = await OpenFromAsync(police, disseminated.DisseminationReference);
        var itemId = Assert.Single(await ItemsAsync(police, opened.Id)).ItemId;
        await Api.AddMemberAsync(police, opened.Id, "vera", "bank-alpha", "BankInvestigator");
        using var bank = host.Person("vera", "bank-alpha", "Bank");
        var asked = host.Fiu.Requests.Count;

        var notInLineage = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}/reports/CR-2026-NOTINCASE");
        var unknownToFiu = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}/reports/{disseminated.Reports[1].ConcordReference}");
        var hiddenItem = await Api.SendAsync(bank, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}/reports/{known}");
        Assert.Equal(asked + 1, host.Fiu.Requests.Count);
        host.Fiu.Down = true;
        try
        {
            var down = await Api.SendAsync(police, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{itemId}/reports/{known}");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, CaseErrorCodes.FiuUnavailable), (down.Status, Api.Code(down.Body)));
        }
        finally
        {
            host.Fiu.Down = false;
        }

        Assert.Equal((HttpStatusCode.NotFound, CaseErrorCodes.ReportNotFound), (notInLineage.Status, Api.Code(notInLineage.Body)));
        Assert.Equal(WithoutTraceId(notInLineage.Body), WithoutTraceId(unknownToFiu.Body));
        Assert.Equal(WithoutTraceId(notInLineage.Body), WithoutTraceId(hiddenItem.Body));
    }
}

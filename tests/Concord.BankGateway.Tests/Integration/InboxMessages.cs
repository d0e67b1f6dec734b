using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Testing;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>Requests, withdrawals and feedback as the FIU publishes them, and answers as a bank sends them.</summary>
internal static class InboxMessages
{
    public static string NewReference() => $"RFI-2026-{RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 10)}";

    public static InformationRequested Request(string bank, Guid? agreement = null, DateTimeOffset? deadline = null)
    {
        var reference = NewReference();
        return new InformationRequested
        {
            RequestId = Guid.NewGuid(),
            RequestReference = reference,
            BankOrganisationId = bank,
            Subjects =
            [
                new RequestedSubject
                {
                    LocalId = "S1",
                    Kind = SubjectKind.Person,
                    Person = new PersonDetails { GivenNames = "Daniel James", FamilyName = "Whitcombe", DateOfBirth = new DateOnly(1984, 3, 12) },
                    Accounts = [new RequestedAccount { Iban = "GB33BUKB20201555555555" }],
                },
                new RequestedSubject
                {
                    LocalId = "S2",
                    Kind = SubjectKind.LegalEntity,
                    LegalEntity = new LegalEntityDetails { Name = "Northgate Trading Ltd", RegistrationNumber = "14820391" },
                },
            ],
            Reason = "Cash structuring into accounts paying a newly incorporated company.",
            Deadline = deadline ?? DateTimeOffset.UtcNow.AddDays(14),
            RequestedBy = DemoAgreements.Fiu,
            RequestedAt = DateTimeOffset.UtcNow,
            Envelope = DemoPartnership.RequestEnvelope(bank, reference, agreement),
        };
    }

    public static InformationRequestWithdrawn Withdrawal(InformationRequested request, string? bank = null) => new()
    {
        RequestId = request.RequestId,
        RequestReference = request.RequestReference,
        BankOrganisationId = bank ?? request.BankOrganisationId,
        Reason = "The case moved to the police.",
        WithdrawnBy = DemoAgreements.Fiu,
        WithdrawnAt = DateTimeOffset.UtcNow,
        Envelope = request.Envelope! with { Recipients = [bank ?? request.BankOrganisationId] },
    };

    public static ReportFeedbackGiven Feedback(Guid reportId, string concordReference, FeedbackOutcome outcome, string bank = "bank-alpha", DateTimeOffset? givenAt = null) => new()
    {
        FeedbackId = Guid.NewGuid(),
        ReportId = reportId,
        ConcordReference = concordReference,
        FiuReference = "FIU-2026-FEEDBACK01",
        BankOrganisationId = bank,
        Outcome = outcome,
        Comment = "Thank you: the report linked two cases.",
        GivenBy = DemoAgreements.Fiu,
        GivenAt = givenAt ?? DateTimeOffset.UtcNow,
        Envelope = DemoAgreements.FeedbackEnvelope(bank) with { Lineage = [concordReference] },
    };

    /// <summary>An answer body: S1 a Match with an account, a transaction and a narrative; S2 no match.</summary>
    public static JsonObject Answer(bool transactions = true, bool narrative = true) => new()
    {
        ["answers"] = new JsonArray(
            new JsonObject
            {
                ["subject"] = "S1",
                ["result"] = "Match",
                ["details"] = Details(transactions, narrative),
            },
            new JsonObject { ["subject"] = "S2", ["result"] = "NoMatch" }),
    };

    public static JsonObject Details(bool transactions = true, bool narrative = true)
    {
        var details = new JsonObject
        {
            ["accounts"] = new JsonArray(new JsonObject
            {
                ["localId"] = "A1",
                ["iban"] = "GB82WEST12345698765432",
                ["institutionName"] = "Alpha Bank plc",
                ["currency"] = "GBP",
                ["heldAtReportingEntity"] = true,
                ["holderSubjectIds"] = new JsonArray("S1"),
                ["openedOn"] = "2019-05-20",
            }),
            ["transactions"] = new JsonArray(),
        };
        if (transactions)
        {
            details["transactions"] = new JsonArray(new JsonObject
            {
                ["reference"] = "TX-9",
                ["occurredAt"] = "2026-10-04T10:15:00Z",
                ["amount"] = 9500.00,
                ["currency"] = "GBP",
                ["direction"] = "Incoming",
                ["channel"] = "Cash",
                ["accountId"] = "A1",
            });
        }

        if (narrative)
        {
            details["narrative"] = "Customer since 2019; cash deposits below the threshold at three branches in October.";
        }

        return details;
    }

    public static StringContent Content(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static StringContent Content(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}

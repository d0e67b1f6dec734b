using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>Production requests and case outcomes as a task force publishes them, and documents as a bank uploads them.</summary>
internal static class CaseMessages
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The smallest thing that starts as a PDF does.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Csv = Encoding.UTF8.GetBytes("date,amount,currency\n2026-10-04,9500.00,GBP\n");

    public static ProductionRequested Requested(string bank, Guid? agreement = null, DateTimeOffset? deadline = null, string? envelopeBank = null)
    {
        var reference = $"PRD-2026-{RandomNumberGenerator.GetString(Alphabet, 10)}";
        return new ProductionRequested
        {
            ProductionRequestId = Guid.NewGuid(),
            RequestReference = reference,
            BankOrganisationId = bank,
            Description = "Statements Jan–Jun 2026 and the account-opening file.",
            Subjects =
            [
                new RequestedSubject
                {
                    LocalId = "S1",
                    Kind = SubjectKind.Person,
                    Person = new PersonDetails { GivenNames = "Daniel James", FamilyName = "Whitcombe", DateOfBirth = new DateOnly(1984, 3, 12) },
                    Accounts = [new RequestedAccount { Iban = "GB33BUKB20201555555555" }],
                },
            ],
            LegalInstrument = "POCA s.345 production order 2026/117",
            Deadline = deadline ?? DateTimeOffset.UtcNow.AddDays(7),
            RequestedBy = CaseAgreements.Police,
            RequestedByPerson = "DS Hollis",
            RequestedAt = DateTimeOffset.UtcNow,
            Envelope = CaseAgreements.RequestEnvelope(envelopeBank ?? bank, reference, agreement),
        };
    }

    public static CaseOutcomeSharedWithBank Outcome(string bank, params (Guid ReportId, string ConcordReference, string Bank)[] reports)
    {
        var caseReference = $"CASE-2026-{RandomNumberGenerator.GetString(Alphabet, 10)}";
        return new CaseOutcomeSharedWithBank
        {
            OutcomeId = Guid.NewGuid(),
            CaseReference = caseReference,
            BankOrganisationId = bank,
            Outcome = CaseOutcomeKind.Convicted,
            Summary = "Two defendants convicted of money laundering; confiscation proceedings follow.",
            Milestones =
            [
                new ReachedMilestone { Milestone = "Opened", At = DateTimeOffset.UtcNow.AddDays(-200) },
                new ReachedMilestone { Milestone = "Charged", At = DateTimeOffset.UtcNow.AddDays(-90) },
                new ReachedMilestone { Milestone = "Closed", At = DateTimeOffset.UtcNow.AddDays(-1) },
            ],
            Reports = [.. reports.Select(r => new ContributingReport { ReportId = r.ReportId, ConcordReference = r.ConcordReference, BankOrganisationId = r.Bank })],
            ReportedBy = CaseAgreements.Police,
            ClosedAt = DateTimeOffset.UtcNow.AddDays(-1),
            Envelope = CaseAgreements.OutcomeEnvelope(bank, caseReference),
        };
    }

    /// <summary>A multipart answer: each document in the <c>documents</c> field, its description as <c>descriptions[i]</c>.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string FileName, string MediaType, byte[] Content, string? Description)> documents, string? comment = null, string? marking = null)
    {
        var form = new MultipartFormDataContent();
        var i = 0;
        foreach (var (fileName, mediaType, content, description) in documents)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
            form.Add(file, "documents", fileName);
            if (description is not null)
            {
                form.Add(new StringContent(description), $"descriptions[{i}]");
            }

            i++;
        }

        if (comment is not null)
        {
            form.Add(new StringContent(comment), "comment");
        }

        if (marking is not null)
        {
            form.Add(new StringContent(marking), "marking");
        }

        return form;
    }

    /// <summary>A PDF of <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOf(int size)
    {
        var content = new byte[size];
        Pdf.AsSpan(0, Math.Min(Pdf.Length, size)).CopyTo(content);
        return content;
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

using System.Security.Cryptography;
using Concord.Contracts.Filing;
using Concord.Testing;

namespace Concord.Fiu.Tests;

/// <summary>Filing messages as the gateway publishes them, around the shared sample report.</summary>
internal static class Reports
{
    public const string Bank = "bank-alpha";

    public static SuspiciousActivityReported Filed(SuspiciousActivityReport? report = null, string bank = Bank)
    {
        var reference = $"CR-2026-{RandomNumberGenerator.GetHexString(10)}";
        return new()
        {
            ReportId = Guid.NewGuid(),
            ConcordReference = reference,
            BankOrganisationId = bank,
            FiledBy = $"{bank}-filing",
            FiledAt = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero),
            Report = report ?? SampleReports.Structuring(bank, $"REF-{Guid.NewGuid():N}"),
            // Note: as the gateway sends it, the envelope's lineage names the report.
            Envelope = bank is "bank-alpha" or "bank-beta" ? DemoAgreements.FilingEnvelope(bank, new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero)) with { Lineage = [reference] } : null,
        };
    }
}

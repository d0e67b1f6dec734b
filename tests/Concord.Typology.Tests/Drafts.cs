using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;

namespace Concord.Typology.Tests;

/// <summary>Typology drafts for tests: complete and valid unless a test changes them.</summary>
internal static class Drafts
{
    private static int _next = Random.Shared.Next(100, 5000);

    /// <summary>A code no other test uses (tests share a host and run in any order).</summary>
    public static string NewCode() => $"T-2026-{Interlocked.Increment(ref _next) % 10_000:0000}";

    public static TypologyBody Structuring(string? code = null, Tlp? marking = Tlp.Amber, AudienceBody? audience = null) => new()
    {
        Code = code ?? NewCode(),
        Title = "Drug proceeds placed through structured cash deposits",
        Summary = "Street-level drug cash is paid in below the reporting threshold across branches and days.",
        Narrative = "Couriers deposit cash in amounts just under 10,000 at several branches within a week, then move it on by transfer.",
        CrimeArea = "DrugTraffickingProceeds",
        Indicators =
        [
            new IndicatorBody { Code = "STRUCT-1", Description = "Three or more cash deposits below 10,000 within 7 days", Kind = IndicatorKind.Transactional, Rule = Rules.Structuring },
            new IndicatorBody { Code = "STRUCT-2", Description = "Customer avoids explaining the source of the cash", Kind = IndicatorKind.Behavioural },
        ],
        Marking = marking,
        Audience = audience ?? AllReportingEntities,
    };

    public static AudienceBody AllReportingEntities => new() { Kind = AudienceKind.AllReportingEntities };

    public static AudienceBody Named(params string?[] organisations) => new() { Kind = AudienceKind.NamedOrganisations, Organisations = organisations };

    public static AudienceBody TaskForce(string code) => new() { Kind = AudienceKind.TaskForce, TaskForce = code };

    /// <summary>Rules in the screening language.</summary>
    public static class Rules
    {
        public const string Structuring = "count(transactions where channel = \"Cash\" and direction = \"In\" and amount < 10000 within 7 days) >= 3";
        public const string Lower = "count(transactions where channel = \"Cash\" and direction = \"In\" and amount < 9000 within 7 days) >= 3";
        public const string Geography = "any(transactions where counterparty.country in [\"MX\", \"CO\", \"PE\"])";
    }
}

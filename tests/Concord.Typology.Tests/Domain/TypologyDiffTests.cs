using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;
using Xunit;

namespace Concord.Typology.Tests.Domain;

public sealed class TypologyDiffTests
{
    private static readonly TypologyDraftContent Before = new()
    {
        Title = "Structured deposits",
        Summary = "Summary",
        Narrative = "Narrative",
        CrimeArea = "DrugTraffickingProceeds",
        Indicators =
        [
            new TypologyIndicator { Code = "STRUCT-1", Description = "Deposits below 10,000", Kind = IndicatorKind.Transactional, Rule = Drafts.Rules.Structuring },
            new TypologyIndicator { Code = "STRUCT-2", Description = "Evasive customer", Kind = IndicatorKind.Behavioural },
        ],
        Marking = Tlp.Amber,
        Audience = new Audience { Kind = AudienceKind.NamedOrganisations, Organisations = ["bank-alpha", "bank-beta"] },
    };

    [Fact]
    public void Between_WhenNothingChanged_IsEmpty() => Assert.Empty(TypologyDiff.Between(Before, Before with { }));

    [Fact]
    public void Between_WhenFieldsAndIndicatorsChange_ListsEachChangeWithBeforeAndAfter()
    {
        var after = Before with
        {
            Title = "Structured cash deposits",
            Marking = Tlp.Green,
            Audience = new Audience { Kind = AudienceKind.NamedOrganisations, Organisations = ["bank-alpha"] },
            Indicators =
            [
                Before.Indicators[0] with { Rule = Drafts.Rules.Lower, Kind = IndicatorKind.Behavioural },
                new TypologyIndicator { Code = "GEO-1", Description = "Producer country", Kind = IndicatorKind.Geographic, Rule = Drafts.Rules.Geography },
            ],
        };

        var changes = TypologyDiff.Between(Before, after);

        Assert.Equal(
            [
                ("title", TypologyChangeKind.Changed, "Structured deposits", "Structured cash deposits"),
                ("marking", TypologyChangeKind.Changed, "Amber", "Green"),
                ("audience", TypologyChangeKind.Changed, "NamedOrganisations: bank-alpha, bank-beta", "NamedOrganisations: bank-alpha"),
                ("indicators[STRUCT-2]", TypologyChangeKind.Removed, "Evasive customer", null),
                ("indicators[STRUCT-1].kind", TypologyChangeKind.Changed, "Transactional", "Behavioural"),
                ("indicators[STRUCT-1].rule", TypologyChangeKind.Changed, Drafts.Rules.Structuring, Drafts.Rules.Lower),
                ("indicators[GEO-1]", TypologyChangeKind.Added, null, "Producer country"),
            ],
            changes.Select(c => (c.Field, c.Change, c.Before, c.After)));
    }

    [Fact]
    public void Between_WhenARuleIsAddedOrRemoved_SaysSo()
    {
        var after = Before with { Indicators = [Before.Indicators[0] with { Rule = null }, Before.Indicators[1] with { Rule = Drafts.Rules.Geography }] };

        var changes = TypologyDiff.Between(Before, after);

        Assert.Equal([("indicators[STRUCT-1].rule", TypologyChangeKind.Removed), ("indicators[STRUCT-2].rule", TypologyChangeKind.Added)], changes.Select(c => (c.Field, c.Change)));
    }

    [Fact]
    public void Between_ForARecipient_LeavesTheAudienceOut()
    {
        var after = Before with { Audience = new Audience { Kind = AudienceKind.AllReportingEntities }, Summary = "New summary" };

        var changes = TypologyDiff.Between(Before, after, includeAudience: false);

        Assert.Equal(["summary"], changes.Select(c => c.Field));
    }
}

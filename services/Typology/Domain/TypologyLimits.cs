namespace Concord.Typology.Domain;

/// <summary>Size bounds of what an analyst writes; a value over a bound is a field error, never truncated.</summary>
public static class TypologyLimits
{
    public const int BodyBytes = 512 * 1024;
    public const int TitleLength = 200;
    public const int SummaryLength = 2_000;
    public const int NarrativeLength = 20_000;
    public const int Indicators = 50;
    public const int IndicatorDescriptionLength = 1_000;
    public const int RuleLength = Concord.Screening.ScreeningRule.MaxLength;
    public const int Organisations = 100;
    public const int OrganisationIdLength = 64;
    public const int AgreementCodeLength = 64;
    public const int ReasonLength = 2_000;
}

namespace Concord.Cases.Domain;

public static class CaseLimits
{
    public const int TitleLength = 200;
    public const int ReasonLength = 2000;
    public const int NoteLength = 8000;
    public const int PersonIdLength = 200;
    public const int OrganisationIdLength = 64;
    public const long BodyBytes = 64 * 1024;
    public const int ItemTextLength = 32_000;
    public const int DescriptionLength = 4000;
    public const int LegalInstrumentLength = 200;
    public const int BanksPerRequest = 20;
    public const int SubjectsPerRequest = 100;
    public const int IdentifiersPerSubject = 20;
    public const int AccountsPerSubject = 20;
    public const long ProductionBodyBytes = 1024 * 1024;

    /// <summary>As long as the Agreements service keeps a consent request's justification.</summary>
    public const int JustificationLength = 4000;

    /// <summary>How long an onward share is asked for when the member names no date, and at most.</summary>
    public const int OnwardShareDefaultDays = 90;
    public const int OnwardShareMaxDays = 365;
}

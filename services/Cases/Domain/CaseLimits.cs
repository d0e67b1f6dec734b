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
}

namespace Concord.Cases.Domain;

public static class CaseLimits
{
    public const int TitleLength = 200;
    public const int ReasonLength = 2000;
    public const int NoteLength = 8000;
    public const int PersonIdLength = 200;
    public const int OrganisationIdLength = 64;
    public const long BodyBytes = 64 * 1024;
}

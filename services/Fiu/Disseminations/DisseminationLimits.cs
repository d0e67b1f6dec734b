namespace Concord.Fiu.Disseminations;

/// <summary>The bounds of a dissemination, checked before anything is decided or stored.</summary>
public static class DisseminationLimits
{
    public const int TitleLength = 200;

    public const int NoteLength = 8000;

    public const int Reports = 100;

    public const int IdLength = 64;

    public const long BodyBytes = 256 * 1024;
}

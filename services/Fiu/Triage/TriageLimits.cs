namespace Concord.Fiu.Triage;

/// <summary>Bounds on what analysts write.</summary>
public static class TriageLimits
{
    public const int ReasonLength = 2_000;

    public const int NoteLength = 20_000;

    /// <summary>An analyst id: lower-case letters, digits, '.', '_' and '-', as client ids are.</summary>
    public const int AnalystLength = 64;
}

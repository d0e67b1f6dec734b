namespace Concord.Agreements.Domain;

/// <summary>Bounds of a consent request's texts, shared by the consumer's checks and the table.</summary>
public static class ConsentRequestLimits
{
    public const int SubjectLength = 500;
    public const int ReferenceLength = 200;
    public const int JustificationLength = 4000;
    public const int ReasonLength = 2000;
    public const int PersonLength = 200;
}

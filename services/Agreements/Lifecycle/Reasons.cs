namespace Concord.Agreements.Lifecycle;

/// <summary>The reason given for a suspension, resumption, termination or amendment, kept in the history.</summary>
public static class Reasons
{
    public const int MaxLength = 2000;
}

namespace Concord.ServiceDefaults.Authentication;

/// <summary>Authorization policies every service may use on its endpoints.</summary>
public static class ConcordPolicies
{
    /// <summary>The caller acts for a bank (a reporting entity).</summary>
    public const string Bank = "concord-bank";

    /// <summary>The caller acts for an FIU.</summary>
    public const string Fiu = "concord-fiu";
}

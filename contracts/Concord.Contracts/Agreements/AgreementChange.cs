namespace Concord.Contracts.Agreements;

/// <summary>What happened to an agreement's effective terms.</summary>
public enum AgreementChange
{
    /// <summary>Every party approved the first version.</summary>
    Activated,

    /// <summary>Every party approved a new version, which replaces the one in force.</summary>
    Amended,

    Suspended,

    Resumed,

    Terminated,

    /// <summary>The end of the validity window passed.</summary>
    Expired,
}

namespace Concord.LegalBasis.Decisions;

/// <summary>The decision point's answer: a permit with obligations, or a denial with its reasons. Never allocates.</summary>
public readonly record struct Decision
{
    private Decision(bool permitted, DenyReasons reasons, Guid agreementId, int agreementVersion, Obligations obligations)
    {
        IsPermitted = permitted;
        Reasons = reasons;
        AgreementId = agreementId;
        AgreementVersion = agreementVersion;
        Obligations = obligations;
    }

    /// <summary>Only <see cref="Permit"/> sets it: a <c>default</c> decision is a denial, so nothing fails open.</summary>
    public bool IsPermitted { get; }

    public DenyReasons Reasons { get; }

    /// <summary>The agreement decided under (empty when none was found).</summary>
    public Guid AgreementId { get; }

    /// <summary>The version of the agreement decided under (0 when none was found).</summary>
    public int AgreementVersion { get; }

    /// <summary>Only meaningful on a permit.</summary>
    public Obligations Obligations { get; }

    public static Decision Permit(Guid agreementId, int agreementVersion, Obligations obligations) =>
        new(true, DenyReasons.None, agreementId, agreementVersion, obligations);

    public static Decision Deny(DenyReasons reasons, Guid agreementId = default, int agreementVersion = 0) =>
        reasons == DenyReasons.None ? throw new ArgumentException("A denial needs a reason.", nameof(reasons))
            : new(false, reasons, agreementId, agreementVersion, default);
}

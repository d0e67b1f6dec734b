namespace Concord.Contracts.Sharing;

/// <summary>
/// What a recipient may do with data beyond the exchange it received it in, from the strictest to the most open:
/// the order is meaningful (the stricter of two rules is the smaller).
/// </summary>
public enum OnwardSharingRule
{
    /// <summary>Never passed on.</summary>
    Prohibited,

    /// <summary>Passed on only with the originator's consent for that recipient and purpose (the third-party rule).</summary>
    WithOriginatorConsent,

    /// <summary>Passed on to other parties of the same agreement, under its flows.</summary>
    WithinAgreement,
}

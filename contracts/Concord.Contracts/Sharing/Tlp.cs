namespace Concord.Contracts.Sharing;

/// <summary>Traffic Light Protocol 2.0 markings, from the least to the most restrictive: the order is meaningful.</summary>
public enum Tlp
{
    /// <summary>May be shared publicly.</summary>
    Clear,

    /// <summary>Within the community (the partnership), not publicly.</summary>
    Green,

    /// <summary>Within the recipient's organisation and its clients, on a need-to-know basis.</summary>
    Amber,

    /// <summary>Within the recipient's organisation only.</summary>
    AmberStrict,

    /// <summary>Named recipients only.</summary>
    Red,
}

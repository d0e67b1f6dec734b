using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Typologies;

/// <summary>
/// How the bank must handle a typology, shown with every item: its TLP 2.0 marking, what that marking means for the
/// bank's staff, and whether the bank may pass it on at all.
/// </summary>
public sealed record TypologyMarking(Tlp Tlp, string Label, string Handling, OnwardSharingRule OnwardSharing)
{
    public static TypologyMarking Of(Tlp tlp, OnwardSharingRule onwardSharing) => tlp switch
    {
        Tlp.Clear => new(tlp, "TLP:CLEAR", "Disclosure is not limited.", onwardSharing),
        Tlp.Green => new(tlp, "TLP:GREEN", "Within the partnership's community, not publicly.", onwardSharing),
        Tlp.Amber => new(tlp, "TLP:AMBER", "Within your organisation and its clients, on a need-to-know basis only.", onwardSharing),
        Tlp.AmberStrict => new(tlp, "TLP:AMBER+STRICT", "Within your organisation only, on a need-to-know basis.", onwardSharing),
        _ => new(Tlp.Red, "TLP:RED", "Named recipients only: for the people it was given to, not to be disclosed further, even within your organisation.", onwardSharing),
    };
}

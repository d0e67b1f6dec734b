using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Decisions;

/// <summary>What a permit obliges the recipient to do with the data.</summary>
/// <param name="RetainUntil">Purge the data at this moment: the shortest retention the flow sets for its categories.</param>
/// <param name="Marking">The marking to stamp on the data.</param>
/// <param name="OnwardSharing">What the recipient may do with it beyond this exchange: the stricter of the originator's rule and the flow's.</param>
public readonly record struct Obligations(DateTimeOffset RetainUntil, Tlp Marking, OnwardSharingRule OnwardSharing);

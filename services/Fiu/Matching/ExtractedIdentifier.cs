namespace Concord.Fiu.Matching;

/// <summary>One identifier found in a report.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">Normalised: what is compared.</param>
/// <param name="Display">As the bank wrote it: what an analyst is shown.</param>
/// <param name="Holder">The subject, account or counterparty it belongs to, as the report names it (<c>S1</c>, <c>A2</c>, <c>transactions[3].counterparty</c>).</param>
/// <param name="HolderKind">What the holder is.</param>
/// <param name="Name">For a <see cref="IdentifierKind.NameBlock"/>: the name's key, to score the candidates the block brings.</param>
public sealed record ExtractedIdentifier(IdentifierKind Kind, string Value, string Display, string Holder, HolderKind HolderKind, string? Name = null)
{
    /// <summary>Strong identifiers link on equality; names are scored.</summary>
    public bool IsStrong => Kind is not (IdentifierKind.PersonName or IdentifierKind.EntityName or IdentifierKind.NameBlock);
}

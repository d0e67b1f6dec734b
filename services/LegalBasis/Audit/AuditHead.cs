namespace Concord.LegalBasis.Audit;

/// <summary>
/// The chain's single head row: the last sequence and hash. Appends lock it, so entries are chained in one order
/// even when several transactions append at once.
/// </summary>
public sealed class AuditHead
{
    public int Id { get; set; }

    public long Sequence { get; set; }

    public byte[] Hash { get; set; } = [];
}

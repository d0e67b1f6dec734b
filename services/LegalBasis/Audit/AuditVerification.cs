namespace Concord.LegalBasis.Audit;

/// <summary>What verifying a chain found: how far it is intact, and the first entry that is not, with why.</summary>
public sealed record AuditVerification
{
    public required long EntriesChecked { get; init; }

    /// <summary>The last entry read, or 0 for an empty chain.</summary>
    public required long LastSequence { get; init; }

    public required byte[] LastHash { get; init; }

    /// <summary>The first entry found broken (missing, altered, out of chain, or unlike its checkpoint); null when intact.</summary>
    public long? FirstBrokenSequence { get; init; }

    public string? Problem { get; init; }

    public bool IsIntact => FirstBrokenSequence is null;
}

namespace Concord.Fiu.Matching;

/// <summary>One row of the subject index: an identifier of an acknowledged report, looked up by (kind, value).</summary>
public sealed class SubjectIdentifier
{
    public long Id { get; set; }

    /// <summary>The report it was found in; the row goes when the report is purged.</summary>
    public Guid ReportId { get; set; }

    /// <summary>The bank that filed the report, kept here so matching tells other banks' reports without a join.</summary>
    public required string BankOrganisationId { get; set; }

    public IdentifierKind Kind { get; set; }

    public required string Value { get; set; }

    public required string Display { get; set; }

    public required string Holder { get; set; }

    public HolderKind HolderKind { get; set; }

    /// <summary>For a <see cref="IdentifierKind.NameBlock"/>: the name's key, scored against the new name.</summary>
    public string? Name { get; set; }
}

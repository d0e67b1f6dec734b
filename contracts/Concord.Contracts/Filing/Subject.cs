namespace Concord.Contracts.Filing;

/// <summary>A person or legal entity the report is about (or who is otherwise involved).</summary>
public sealed record Subject
{
    /// <summary>A reference local to the report (e.g. "S1"), used by accounts and transactions.</summary>
    public required string LocalId { get; init; }

    public required SubjectKind Kind { get; init; }

    /// <summary>The subject's role in the report (suspect, victim, associate, …) as a code.</summary>
    public string? Role { get; init; }

    /// <summary>Required when <see cref="Kind"/> is <see cref="SubjectKind.Person"/>.</summary>
    public PersonDetails? Person { get; init; }

    /// <summary>Required when <see cref="Kind"/> is <see cref="SubjectKind.LegalEntity"/>.</summary>
    public LegalEntityDetails? LegalEntity { get; init; }

    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    public IReadOnlyList<Address> Addresses { get; init; } = [];

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public IReadOnlyList<string> Emails { get; init; } = [];
}

using Concord.Contracts.Filing;

namespace Concord.Contracts.Requests;

/// <summary>
/// A person or legal entity the FIU asks banks about, and what identifies it: a name, a date of birth, identity
/// documents or registration numbers, and accounts it is known to hold or use.
/// </summary>
public sealed record RequestedSubject
{
    /// <summary>A reference local to the request (e.g. "S1"): each bank answers per subject by it.</summary>
    public required string LocalId { get; init; }

    public required SubjectKind Kind { get; init; }

    /// <summary>Required when <see cref="Kind"/> is <see cref="SubjectKind.Person"/>.</summary>
    public PersonDetails? Person { get; init; }

    /// <summary>Required when <see cref="Kind"/> is <see cref="SubjectKind.LegalEntity"/>.</summary>
    public LegalEntityDetails? LegalEntity { get; init; }

    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    public IReadOnlyList<RequestedAccount> Accounts { get; init; } = [];
}

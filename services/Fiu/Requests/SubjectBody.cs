using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Fiu.Matching;

namespace Concord.Fiu.Requests;

/// <summary>A subject as the analyst sends it; it becomes a <see cref="RequestedSubject"/> once valid.</summary>
public sealed record SubjectBody
{
    public string? LocalId { get; init; }

    public SubjectKind? Kind { get; init; }

    public PersonDetails? Person { get; init; }

    public LegalEntityDetails? LegalEntity { get; init; }

    public IReadOnlyList<Identifier?>? Identifiers { get; init; }

    public IReadOnlyList<RequestedAccount?>? Accounts { get; init; }

    /// <summary>The subject as it goes to the banks; call only once it is valid.</summary>
    public RequestedSubject ToSubject() => new()
    {
        LocalId = LocalId!,
        Kind = Kind!.Value,
        Person = Person,
        LegalEntity = LegalEntity,
        Identifiers = [.. (Identifiers ?? []).Select(identifier => identifier!)],
        Accounts = [.. (Accounts ?? []).Select(account => account! with { Iban = IbanNormaliser.Normalise(account.Iban) })],
    };
}

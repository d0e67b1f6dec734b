using System.Collections.Frozen;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Decisions;

/// <summary>An <see cref="AgreementTerms"/> version indexed for the decision point.</summary>
internal sealed class CompiledAgreement
{
    public CompiledAgreement(AgreementTerms terms)
    {
        Terms = terms;
        Parties = terms.Parties.ToFrozenDictionary(party => party.OrganisationId, party => party.Kind, StringComparer.Ordinal);
        LegalGateways = terms.LegalGateways.ToFrozenSet(StringComparer.Ordinal);
        Flows = [.. terms.Flows.Select(flow => new CompiledFlow(flow))];
    }

    public AgreementTerms Terms { get; }

    public FrozenDictionary<string, OrganisationKind> Parties { get; }

    public FrozenSet<string> LegalGateways { get; }

    public CompiledFlow[] Flows { get; }
}

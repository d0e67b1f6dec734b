using Concord.Contracts.Agreements;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>One flow of an agreement with the two parties it runs between: what a request to the decision point is built from.</summary>
internal readonly record struct Exchange(AgreementTerms Terms, AgreementFlow Flow, string Sender, string Recipient);

using Concord.LegalBasis.Decisions;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>One request to the decision point, named as its benchmark is, with the outcome it was built to get.</summary>
internal sealed record DecisionCase(string Name, AccessRequest Request, DenyReasons Expected);

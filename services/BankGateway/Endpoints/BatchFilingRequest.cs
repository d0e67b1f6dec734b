using Concord.Contracts.Filing;

namespace Concord.BankGateway.Endpoints;

public sealed record BatchFilingRequest
{
    public IReadOnlyList<SuspiciousActivityReport?>? Reports { get; init; }
}

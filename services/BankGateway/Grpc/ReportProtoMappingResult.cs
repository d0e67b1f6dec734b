using System.Diagnostics.CodeAnalysis;
using Concord.Contracts.Filing;

namespace Concord.BankGateway.Grpc;

/// <summary>
/// A gRPC report converted to the canonical model, or the field errors (JSON paths, as in the REST API) of the
/// values that could not be converted. Checks on the converted report are the validator's business, not this.
/// </summary>
public sealed record ReportProtoMappingResult(SuspiciousActivityReport? Report, IReadOnlyList<FieldError> Errors)
{
    [MemberNotNullWhen(true, nameof(Report))]
    public bool IsValid => Report is not null && Errors.Count == 0;
}

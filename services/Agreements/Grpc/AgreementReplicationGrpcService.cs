using Concord.Agreements.Authorization;
using Concord.Agreements.Replication;
using Concord.Contracts.Grpc.Agreements.V1;
using Concord.LegalBasis.Replication;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Concord.Agreements.Grpc;

/// <summary>The snapshot every service's replica starts from: <c>concord.agreements.v1.AgreementReplication</c>.</summary>
[Authorize(Policy = AgreementsPolicies.Replica)]
public sealed class AgreementReplicationGrpcService(SnapshotReader reader, TimeProvider time) : AgreementReplication.AgreementReplicationBase
{
    public override async Task<AgreementSnapshot> GetSnapshot(GetSnapshotRequest request, ServerCallContext context)
    {
        var (sequence, agreements, consents) = await reader.ReadAsync(context.CancellationToken);
        var snapshot = new AgreementSnapshot { Sequence = sequence, TakenAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()) };
        snapshot.Agreements.AddRange(agreements.Select(AgreementProto.ToProto));
        snapshot.Consents.AddRange(consents.Select(AgreementProto.ToProto));
        return snapshot;
    }
}

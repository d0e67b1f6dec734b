using Concord.Contracts.Grpc.Agreements.V1;
using Concord.LegalBasis.Decisions;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OpenIddict.Client;

namespace Concord.LegalBasis.Replication;

/// <summary>
/// Fetches the snapshot over gRPC with this service's own access token (client credentials, for the Agreements
/// service's audience), taken again shortly before it expires.
/// </summary>
public sealed class GrpcAgreementSnapshotSource(
    AgreementReplication.AgreementReplicationClient client,
    OpenIddictClientService tokens,
    IOptions<AgreementReplicationOptions> options,
    TimeProvider time) : IAgreementSnapshotSource, IDisposable
{
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private (string Token, DateTimeOffset Until)? _token;

    public async Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken)
    {
        var token = await TokenAsync(cancellationToken);
        var snapshot = await client.GetSnapshotAsync(
            new GetSnapshotRequest(),
            new Metadata { { "authorization", $"Bearer {token}" } },
            deadline: time.GetUtcNow().AddSeconds(30).UtcDateTime,
            cancellationToken: cancellationToken);

        var takenAt = snapshot.TakenAt?.ToDateTimeOffset() ?? throw new FormatException("The snapshot says not when it was taken.");
        // Note: never current as of a moment later than this service's own clock, so a fast clock at the Agreements
        // service cannot stretch how long this replica counts as fresh.
        var now = time.GetUtcNow();
        return new AgreementReplica(
            snapshot.Agreements.Select(AgreementProto.FromProto),
            snapshot.Consents.Select(AgreementProto.FromProto),
            takenAt < now ? takenAt : now,
            snapshot.Sequence);
    }

    public void Dispose() => _tokenLock.Dispose();

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } held && held.Until > time.GetUtcNow())
            {
                return held.Token;
            }

            var result = await tokens.AuthenticateWithClientCredentialsAsync(new()
            {
                Scopes = [options.Value.Scope],
                CancellationToken = cancellationToken,
            });
            // Note: taken again a minute early, so a call never leaves with a token about to expire on the way.
            var until = (result.AccessTokenExpirationDate ?? time.GetUtcNow().AddMinutes(5)).AddMinutes(-1);
            _token = (result.AccessToken, until);
            return result.AccessToken;
        }
        finally
        {
            _tokenLock.Release();
        }
    }
}

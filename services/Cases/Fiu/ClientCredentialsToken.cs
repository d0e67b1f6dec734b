using Microsoft.Extensions.Options;
using OpenIddict.Client;

namespace Concord.Cases.Fiu;

/// <summary>
/// The cases service's token for the FIU, taken with the same OpenIddict client (and client id and secret) that fetches
/// the agreements' snapshot, for the scope <see cref="CaseReportsOptions.Scope"/>; kept until a minute before it expires.
/// </summary>
public sealed class ClientCredentialsToken(OpenIddictClientService tokens, IOptions<CaseReportsOptions> options, TimeProvider time) : ICaseReportsToken, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset Until)? _token;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } held && held.Until > time.GetUtcNow())
            {
                return held.Token;
            }

            var result = await tokens.AuthenticateWithClientCredentialsAsync(new() { Scopes = [options.Value.Scope], CancellationToken = cancellationToken });
            _token = (result.AccessToken, (result.AccessTokenExpirationDate ?? time.GetUtcNow().AddMinutes(5)).AddMinutes(-1));
            return result.AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}

using Grpc.Core;

namespace Concord.LegalBasis.Enforcement;

/// <summary>A request stream that hands the service each message only after its share was checked (and refused by throwing).</summary>
internal sealed class ShareCheckingStreamReader<T>(IAsyncStreamReader<T> inner, Func<T, Task> check) : IAsyncStreamReader<T>
{
    public T Current => inner.Current;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!await inner.MoveNext(cancellationToken))
        {
            return false;
        }

        await check(inner.Current);
        return true;
    }
}

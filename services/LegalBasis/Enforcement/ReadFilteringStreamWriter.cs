using Concord.LegalBasis.Reading;
using Grpc.Core;

namespace Concord.LegalBasis.Enforcement;

/// <summary>A response stream that writes only the messages the caller may see, each read or denial audited before it is written.</summary>
internal sealed class ReadFilteringStreamWriter<T>(
    IServerStreamWriter<T> inner, ReadFilter reads, Reader caller, Readable<object> kind, CancellationToken callCancelled) : IServerStreamWriter<T>
    where T : class
{
    public WriteOptions? WriteOptions
    {
        get => inner.WriteOptions;
        set => inner.WriteOptions = value;
    }

    public Task WriteAsync(T message) => WriteAsync(message, callCancelled);

    public async Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        if (await reads.ReadOneAsync(caller, kind, message, cancellationToken) is not null)
        {
            await inner.WriteAsync(message, cancellationToken);
        }
    }
}

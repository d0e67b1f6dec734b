using Concord.LegalBasis.Tests.Grpc.V1;
using Concord.LegalBasis.Tests.Reading;
using Grpc.Core;

namespace Concord.LegalBasis.Tests.Grpc;

/// <summary>The service behind the interceptor: answers with every item it holds, counting what reaches it.</summary>
internal sealed class ItemStoreService(ItemStoreService.Reached reached) : ItemStore.ItemStoreBase
{
    public override Task<ShareReceipt> Share(ItemMessage request, ServerCallContext context)
    {
        reached.Add(request.Id);
        return Task.FromResult(new ShareReceipt { Accepted = 1 });
    }

    public override async Task<ShareReceipt> ShareMany(IAsyncStreamReader<ItemMessage> requestStream, ServerCallContext context)
    {
        var accepted = 0;
        await foreach (var item in requestStream.ReadAllAsync(context.CancellationToken))
        {
            reached.Add(item.Id);
            accepted++;
        }

        return new ShareReceipt { Accepted = accepted };
    }

    public override Task<ItemMessage> Get(GetItemRequest request, ServerCallContext context) =>
        ReadingFixture.All.SingleOrDefault(item => item.Id == request.Id) is { } item
            ? Task.FromResult(ItemMessage.From(item))
            : throw new RpcException(new Status(StatusCode.NotFound, "Not found."));

    public override async Task List(ListItemsRequest request, IServerStreamWriter<ItemMessage> responseStream, ServerCallContext context)
    {
        foreach (var item in ReadingFixture.All)
        {
            await responseStream.WriteAsync(ItemMessage.From(item), context.CancellationToken);
        }
    }

    /// <summary>The ids of the shared items that reached the service.</summary>
    public sealed class Reached
    {
        private readonly List<string> _ids = [];

        public IReadOnlyList<string> Ids
        {
            get
            {
                lock (_ids)
                {
                    return [.. _ids];
                }
            }
        }

        public void Add(string id)
        {
            lock (_ids)
            {
                _ids.Add(id);
            }
        }
    }
}

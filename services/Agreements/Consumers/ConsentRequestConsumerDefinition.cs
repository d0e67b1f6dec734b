using MassTransit;

namespace Concord.Agreements.Consumers;

/// <summary>The consent-request queue, named once for every replica of the service.</summary>
public sealed class ConsentRequestConsumerDefinition : ConsumerDefinition<ConsentRequestConsumer>
{
    public ConsentRequestConsumerDefinition() => EndpointName = ConsentRequestConsumer.Name;
}

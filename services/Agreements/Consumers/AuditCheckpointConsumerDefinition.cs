using MassTransit;

namespace Concord.Agreements.Consumers;

/// <summary>The checkpoint queue, named once for every replica of the service.</summary>
public sealed class AuditCheckpointConsumerDefinition : ConsumerDefinition<AuditCheckpointConsumer>
{
    public AuditCheckpointConsumerDefinition() => EndpointName = AuditCheckpointConsumer.Name;
}

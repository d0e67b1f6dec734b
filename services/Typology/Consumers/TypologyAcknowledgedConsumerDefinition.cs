using MassTransit;

namespace Concord.Typology.Consumers;

public sealed class TypologyAcknowledgedConsumerDefinition : ConsumerDefinition<TypologyAcknowledgedConsumer>
{
    public TypologyAcknowledgedConsumerDefinition() => EndpointName = TypologyAcknowledgedConsumer.Name;
}

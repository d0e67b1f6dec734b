using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class TypologyPublishedConsumerDefinition : ConsumerDefinition<TypologyPublishedConsumer>
{
    public TypologyPublishedConsumerDefinition() => EndpointName = TypologyPublishedConsumer.Name;
}

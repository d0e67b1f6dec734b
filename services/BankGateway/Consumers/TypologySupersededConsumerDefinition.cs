using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class TypologySupersededConsumerDefinition : ConsumerDefinition<TypologySupersededConsumer>
{
    public TypologySupersededConsumerDefinition() => EndpointName = TypologySupersededConsumer.Name;
}

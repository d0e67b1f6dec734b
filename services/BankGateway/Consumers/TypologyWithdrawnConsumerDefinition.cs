using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class TypologyWithdrawnConsumerDefinition : ConsumerDefinition<TypologyWithdrawnConsumer>
{
    public TypologyWithdrawnConsumerDefinition() => EndpointName = TypologyWithdrawnConsumer.Name;
}

using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class InformationRequestedConsumerDefinition : ConsumerDefinition<InformationRequestedConsumer>
{
    public InformationRequestedConsumerDefinition() => EndpointName = InformationRequestedConsumer.Name;
}

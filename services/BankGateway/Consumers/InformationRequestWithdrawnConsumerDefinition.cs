using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class InformationRequestWithdrawnConsumerDefinition : ConsumerDefinition<InformationRequestWithdrawnConsumer>
{
    public InformationRequestWithdrawnConsumerDefinition() => EndpointName = InformationRequestWithdrawnConsumer.Name;
}

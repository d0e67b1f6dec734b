using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class ProductionRequestedConsumerDefinition : ConsumerDefinition<ProductionRequestedConsumer>
{
    public ProductionRequestedConsumerDefinition() => EndpointName = ProductionRequestedConsumer.Name;
}

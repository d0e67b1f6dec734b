using MassTransit;

namespace Concord.Cases.Consumers;

/// <summary>The production answers queue: one answer per transaction (each is decided on its own).</summary>
public sealed class ProductionRequestAnsweredConsumerDefinition : ConsumerDefinition<ProductionRequestAnsweredConsumer>
{
    public ProductionRequestAnsweredConsumerDefinition() => EndpointName = ProductionRequestAnsweredConsumer.Name;
}

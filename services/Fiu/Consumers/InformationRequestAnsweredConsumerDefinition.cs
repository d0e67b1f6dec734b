using MassTransit;

namespace Concord.Fiu.Consumers;

/// <summary>The answers queue: one answer per transaction (answers are few, and each is decided on its own).</summary>
public sealed class InformationRequestAnsweredConsumerDefinition : ConsumerDefinition<InformationRequestAnsweredConsumer>
{
    public InformationRequestAnsweredConsumerDefinition() => EndpointName = InformationRequestAnsweredConsumer.Name;
}

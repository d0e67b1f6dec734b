using MassTransit;

namespace Concord.Cases.Consumers;

/// <summary>The disseminations queue: one dissemination per transaction (they are few).</summary>
public sealed class IntelligenceDisseminatedConsumerDefinition : ConsumerDefinition<IntelligenceDisseminatedConsumer>
{
    public IntelligenceDisseminatedConsumerDefinition() => EndpointName = IntelligenceDisseminatedConsumer.Name;
}

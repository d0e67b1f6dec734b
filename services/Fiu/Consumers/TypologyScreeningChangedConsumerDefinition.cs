using MassTransit;

namespace Concord.Fiu.Consumers;

/// <summary>The screening-changes queue: one change per transaction (typologies change a few times a month).</summary>
public sealed class TypologyScreeningChangedConsumerDefinition : ConsumerDefinition<TypologyScreeningChangedConsumer>
{
    public TypologyScreeningChangedConsumerDefinition() => EndpointName = TypologyScreeningChangedConsumer.Name;
}

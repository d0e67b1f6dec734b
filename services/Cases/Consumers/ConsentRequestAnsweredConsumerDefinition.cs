using MassTransit;

namespace Concord.Cases.Consumers;

/// <summary>The queue of originators' answers to this service's consent requests.</summary>
public sealed class ConsentRequestAnsweredConsumerDefinition : ConsumerDefinition<ConsentRequestAnsweredConsumer>
{
    public ConsentRequestAnsweredConsumerDefinition() => EndpointName = ConsentRequestAnsweredConsumer.Name;
}

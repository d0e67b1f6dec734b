using MassTransit;

namespace Concord.Fiu.Consumers;

/// <summary>The case outcomes queue: one outcome per transaction (outcomes are few).</summary>
public sealed class CaseOutcomeReportedConsumerDefinition : ConsumerDefinition<CaseOutcomeReportedConsumer>
{
    public CaseOutcomeReportedConsumerDefinition() => EndpointName = CaseOutcomeReportedConsumer.Name;
}

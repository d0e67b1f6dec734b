using MassTransit;

namespace Concord.Typology.Consumers;

public sealed class ReportDecisionRecordedConsumerDefinition : ConsumerDefinition<ReportDecisionRecordedConsumer>
{
    public ReportDecisionRecordedConsumerDefinition() => EndpointName = ReportDecisionRecordedConsumer.Name;
}

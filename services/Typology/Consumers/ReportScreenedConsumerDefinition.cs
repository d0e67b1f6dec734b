using MassTransit;

namespace Concord.Typology.Consumers;

public sealed class ReportScreenedConsumerDefinition : ConsumerDefinition<ReportScreenedConsumer>
{
    public ReportScreenedConsumerDefinition() => EndpointName = ReportScreenedConsumer.Name;
}

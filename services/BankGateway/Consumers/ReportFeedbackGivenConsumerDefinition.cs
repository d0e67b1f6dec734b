using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class ReportFeedbackGivenConsumerDefinition : ConsumerDefinition<ReportFeedbackGivenConsumer>
{
    public ReportFeedbackGivenConsumerDefinition() => EndpointName = ReportFeedbackGivenConsumer.Name;
}

using MassTransit;

namespace Concord.BankGateway.Consumers;

public sealed class CaseOutcomeSharedWithBankConsumerDefinition : ConsumerDefinition<CaseOutcomeSharedWithBankConsumer>
{
    public CaseOutcomeSharedWithBankConsumerDefinition() => EndpointName = CaseOutcomeSharedWithBankConsumer.Name;
}

using Concord.LegalBasis.Replication;
using MassTransit;

namespace Concord.LegalBasis.Enforcement;

public static class LegalBasisBusExtensions
{
    /// <summary>
    /// On the bus registration: the enforcement point on receipt for every consumer's endpoint, and the consumers that
    /// keep the replica of the agreements current.
    /// </summary>
    public static IBusRegistrationConfigurator AddLegalBasisEnforcement(this IBusRegistrationConfigurator bus)
    {
        bus.AddAgreementReplicaConsumers();
        bus.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.UseConsumeFilter(typeof(LegalBasisConsumeFilter<>), context));
        return bus;
    }

    /// <summary>On the transport: the enforcement point on sending and publishing, and the queue for agreement changes.</summary>
    public static void UseLegalBasis(this IBusFactoryConfigurator transport, IBusRegistrationContext context)
    {
        transport.UsePublishFilter(typeof(LegalBasisSendFilter<>), context);
        transport.UseSendFilter(typeof(LegalBasisSendFilter<>), context);
        transport.ReceiveAgreementChanges(context);
    }
}

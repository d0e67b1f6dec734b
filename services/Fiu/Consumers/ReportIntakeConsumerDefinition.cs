using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Consumers;

/// <summary>The intake queue: reports a hundred per transaction (see <see cref="BatchConsumerDefinition{TConsumer}"/>).</summary>
public sealed class ReportIntakeConsumerDefinition() : BatchConsumerDefinition<ReportIntakeConsumer>(ReportIntakeConsumer.Name);

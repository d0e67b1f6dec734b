using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Concord.LegalBasis.Quarantine;

/// <summary>
/// Gives quarantined messages back when the agreements change so that they have a basis after all: an agreement
/// suspended and resumed, or one that came into force late (the sender's replica a moment ahead of this service's).
/// After every change of the replica, each message in each quarantine queue is decided again exactly as the consume
/// filter would; one that is now permitted goes back to its endpoint's queue (where the filter decides and audits it
/// once more), the others go back to the end of the quarantine. A message is published again, with broker confirms,
/// before it is taken off the quarantine, so none is lost; a crash between the two leaves a copy in both, which the
/// consumers' inbox takes once (the message id is kept).
/// </summary>
public sealed partial class QuarantineReleaser(
    QuarantineQueues queues,
    LegalBasisGuard guard,
    AgreementReplicaHolder replica,
    IAuditSink audit,
    IOptions<LegalBasisOptions> legalBasis,
    IOptions<QuarantineReleaseOptions> options,
    TimeProvider time,
    ILogger<QuarantineReleaser> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Note: the first pass runs once the replica is current, so what waited in quarantine while the service was
        // down is looked at too; after that, only a changed replica can change a decision.
        long? released = null;
        await PeriodicWork.RunAsync(options.Value.Interval, time, async cancellationToken =>
        {
            await guard.WhenCurrentAsync(cancellationToken);
            var sequence = replica.Current.Sequence;
            if (sequence == released)
            {
                return;
            }

            await ReleaseAsync(cancellationToken);
            released = sequence;
        }, exception => LogPassFailed(exception), stoppingToken);
    }

    /// <summary>One pass over every quarantine queue; returns how many messages went back to their endpoints.</summary>
    public async Task<int> ReleaseAsync(CancellationToken cancellationToken)
    {
        var broker = options.Value.BrokerUri ?? throw new InvalidOperationException($"{QuarantineReleaseOptions.Section}:BrokerUri (or ConnectionStrings:rabbitmq) must be set.");
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "concord-quarantine-release" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        var released = 0;
        foreach (var endpoint in queues.Endpoints)
        {
            released += await ReleaseAsync(connection, endpoint, cancellationToken);
        }

        return released;
    }

    private async Task<int> ReleaseAsync(IConnection connection, string endpoint, CancellationToken cancellationToken)
    {
        var quarantine = endpoint + legalBasis.Value.QuarantineSuffix;
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        uint waiting;
        try
        {
            waiting = (await channel.QueueDeclarePassiveAsync(quarantine, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            // Note: nothing was ever quarantined at this endpoint (the queue is made by the first quarantined message).
            return 0;
        }

        var released = 0;
        // Note: only the messages there when the pass began, so one sent back to the end is not taken twice.
        for (var i = 0; i < waiting; i++)
        {
            if (await channel.BasicGetAsync(quarantine, autoAck: false, cancellationToken) is not { } message)
            {
                break;
            }

            var (messageType, envelope) = Read(message.Body);
            var (organisation, decision) = ReceiptDecision.Decide(guard, legalBasis.Value, envelope);
            if (decision.IsPermitted)
            {
                // Note: the decision is recorded before the message moves, so the chain shows the release before the
                // receipt it leads to; a move that then fails is decided (and recorded) again in the next pass.
                var subject = $"message:{messageType}:{message.BasicProperties.MessageId}";
                await audit.AppendAsync(
                    [DecisionAudit.Record(decision, organisation, $"release {messageType} from quarantine", organisation, subject, time.GetUtcNow(), envelope?.Lineage)],
                    cancellationToken);
                released++;
            }

            // Note: the default exchange routes by queue name; awaiting the publish awaits the broker's confirm.
            await channel.BasicPublishAsync("", decision.IsPermitted ? endpoint : quarantine, mandatory: true, new BasicProperties(message.BasicProperties), message.Body, cancellationToken);

            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
        }

        if (released > 0)
        {
            LogReleased(released, quarantine, endpoint);
        }

        return released;
    }

    /// <summary>The message type's short name and the sharing envelope, from MassTransit's JSON envelope.</summary>
    private static (string MessageType, SharingEnvelope? Envelope) Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var urn = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString() ?? ""
                : "";
            // Note: the type's own name, as the filter names it ("urn:message:Ns:Outer+Inner" → "Inner").
            var messageType = urn[(Math.Max(urn.LastIndexOf(':'), urn.LastIndexOf('+')) + 1)..];
            var envelope = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("envelope", out var found) && found.ValueKind == JsonValueKind.Object
                    ? found.Deserialize<SharingEnvelope>(EnvelopeJson)
                    : null;
            return (messageType.Length > 0 ? messageType : "message", envelope);
        }
        catch (JsonException)
        {
            // Note: what cannot be read has no basis; it stays in quarantine, as the filter would decide.
            return ("message", null);
        }
    }

    private static readonly JsonSerializerOptions EnvelopeJson = CreateEnvelopeJson();

    private static JsonSerializerOptions CreateEnvelopeJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        json.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        json.MakeReadOnly(populateMissingResolver: true);
        return json;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Count} quarantined message(s) from {Quarantine} back to {Endpoint}: the agreements now give them a basis")]
    private partial void LogReleased(int count, string quarantine, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A pass over the quarantine failed; it is tried again")]
    private partial void LogPassFailed(Exception exception);
}

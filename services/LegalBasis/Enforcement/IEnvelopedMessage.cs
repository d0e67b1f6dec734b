using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// A message or item that carries partnership data under a sharing envelope, and says how the audit chain names it.
/// The gRPC interceptor enforces exactly the messages that implement it; the HTTP endpoint filter also honours it.
/// </summary>
/// <remarks>
/// gRPC messages are classes generated from <c>.proto</c> files, so they cannot carry the contracts'
/// <see cref="SharingEnvelope"/> record themselves. The consuming service implements this interface in a
/// <c>partial class</c> of the generated message, in the generated namespace, mapping its proto envelope field:
/// <code>
/// namespace Concord.Contracts.Grpc.Cases.V1;
///
/// public sealed partial class IntelligenceItem : IEnvelopedMessage
/// {
///     // Note: explicit, because the generated class already has an Envelope property of the proto type.
///     SharingEnvelope? IEnvelopedMessage.Envelope => Envelope is null ? null : EnvelopeProto.FromProto(Envelope);
///
///     string IEnvelopedMessage.AuditSubject => $"item:{ItemId}";
/// }
/// </code>
/// The mapping must not throw: a missing or malformed envelope is returned as null (or as it came), and the guard
/// denies it. A message type that does not implement this interface is not enforced by the interceptor.
/// </remarks>
public interface IEnvelopedMessage
{
    /// <summary>The envelope as the message carries it; null when it came without one (a denial, never an exception).</summary>
    SharingEnvelope? Envelope { get; }

    /// <summary>The item as the audit chain names it, e.g. <c>item:IT-2026-000123</c>.</summary>
    string AuditSubject { get; }
}

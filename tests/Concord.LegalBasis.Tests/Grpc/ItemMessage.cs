using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Enforcement;

namespace Concord.LegalBasis.Tests.Grpc.V1;

/// <summary>The generated message, made an <see cref="IEnvelopedMessage"/> as a consuming service would.</summary>
public sealed partial class ItemMessage : IEnvelopedMessage
{
    SharingEnvelope? IEnvelopedMessage.Envelope
    {
        get
        {
            try
            {
                return string.IsNullOrEmpty(EnvelopeJson) ? null : JsonSerializer.Deserialize<SharingEnvelope>(EnvelopeJson, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    string IEnvelopedMessage.AuditSubject => $"item:{Id}";

    internal static ItemMessage From(Reading.ReadingFixture.Item item) => new()
    {
        Id = item.Id,
        Title = item.Title,
        EnvelopeJson = item.Envelope is null ? "" : JsonSerializer.Serialize(item.Envelope, JsonSerializerOptions.Web),
    };
}

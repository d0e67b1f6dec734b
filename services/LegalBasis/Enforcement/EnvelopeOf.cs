using System.Reflection;
using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// Finds the <see cref="SharingEnvelope"/> a message type carries, once per type: a message type with an envelope
/// property carries partnership data and is enforced; one without carries none.
/// </summary>
internal static class EnvelopeOf<T>
    where T : class
{
    /// <summary>Reads the message's envelope (null when the message came without one); null when the type carries none.</summary>
    public static Func<T, SharingEnvelope?>? Reader { get; } = typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.PropertyType == typeof(SharingEnvelope) && property.GetMethod is not null)
        .Select(property => property.GetMethod!.CreateDelegate<Func<T, SharingEnvelope?>>())
        .SingleOrDefault();
}

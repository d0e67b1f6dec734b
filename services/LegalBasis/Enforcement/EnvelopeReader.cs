using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// Finds the envelope of a value whose type is known only at run time (an endpoint's argument or result, a gRPC
/// message): the value itself when it is a <see cref="SharingEnvelope"/>, <see cref="IEnvelopedMessage"/> when the type
/// implements it, otherwise its one public <see cref="SharingEnvelope"/> property, as <see cref="EnvelopeOf{T}"/> finds
/// it. Once per type.
/// </summary>
internal static class EnvelopeReader
{
    private static readonly ConcurrentDictionary<Type, Func<object, SharingEnvelope?>?> Readers = new();

    /// <summary>Reads the envelope of a value of <paramref name="type"/>; null when the type carries none.</summary>
    public static Func<object, SharingEnvelope?>? For(Type type) => Readers.GetOrAdd(type, Find);

    public static bool IsEnveloped(Type type) => For(type) is not null;

    /// <summary>The item type of a sequence of enveloped items (not a string, not an enveloped item itself); null otherwise.</summary>
    public static Type? ItemTypeOfSequence(Type type)
    {
        if (type == typeof(string) || IsEnveloped(type) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var itemType = type.IsArray ? type.GetElementType()
            : (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
                .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];
        return itemType is not null && IsEnveloped(itemType) ? itemType : null;
    }

    /// <summary>Whether <paramref name="type"/> is an asynchronous stream of enveloped items.</summary>
    public static bool IsAsyncSequenceOfEnveloped(Type type) =>
        type.GetInterfaces().Append(type)
            .Any(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) && IsEnveloped(candidate.GetGenericArguments()[0]));

    private static Func<object, SharingEnvelope?>? Find(Type type)
    {
        if (type == typeof(SharingEnvelope))
        {
            return value => (SharingEnvelope)value;
        }

        if (typeof(IEnvelopedMessage).IsAssignableFrom(type))
        {
            return value => ((IEnvelopedMessage)value).Envelope;
        }

        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(candidate => candidate.PropertyType == typeof(SharingEnvelope) && candidate.GetMethod is not null && candidate.GetIndexParameters().Length == 0)
            .ToList();
        return property.Count switch
        {
            0 => null,
            1 => value => (SharingEnvelope?)property[0].GetValue(value),
            // Note: which envelope governs would be a guess; refusing to guess keeps the type from passing unenforced.
            _ => throw new InvalidOperationException($"{type.Name} has {property.Count} SharingEnvelope properties; an enforced type carries exactly one."),
        };
    }
}

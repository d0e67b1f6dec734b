using System.Collections.Concurrent;

namespace Concord.LegalBasis.Quarantine;

/// <summary>The receive endpoints under the consume filter, whose quarantine queues the releaser looks into.</summary>
public sealed class QuarantineQueues
{
    private readonly ConcurrentDictionary<string, bool> _endpoints = new(StringComparer.Ordinal);

    public void Add(string endpoint) => _endpoints.TryAdd(endpoint, true);

    public IReadOnlyList<string> Endpoints => [.. _endpoints.Keys.Order(StringComparer.Ordinal)];
}

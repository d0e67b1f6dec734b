using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Reading;

/// <summary>
/// What the read filter needs to know about one kind of item a service stores: its name in audit actions, where its
/// sharing envelope is, and how one item is named in the audit chain. Declare one per kind, once, e.g.
/// <c>static readonly Readable&lt;Report&gt; Reports = new("report", r =&gt; r.Envelope, r =&gt; $"report:{r.Reference}");</c>
/// </summary>
public sealed class Readable<T>
{
    public Readable(string name, Func<T, SharingEnvelope?> envelope, Func<T, string> subject)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(subject);
        Name = name;
        Envelope = envelope;
        Subject = subject;
    }

    /// <summary>The kind, as audit actions name it: <c>read report</c>.</summary>
    public string Name { get; }

    /// <summary>The item's envelope as stored; null (or malformed) makes the item visible to its originator only — and to nobody when no originator is named.</summary>
    public Func<T, SharingEnvelope?> Envelope { get; }

    /// <summary>The item as the audit chain names it, e.g. <c>report:CR-2026-7KQHDKRS18</c>.</summary>
    public Func<T, string> Subject { get; }
}

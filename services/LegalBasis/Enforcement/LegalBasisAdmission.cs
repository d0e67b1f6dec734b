using MassTransit;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// Which messages of a batch the enforcement point on receipt admitted. A batch consumer of partnership data takes
/// <see cref="Admitted{TItem}"/>, never the whole batch: the refused messages are already in quarantine.
/// </summary>
public sealed class LegalBasisAdmission(IReadOnlySet<object> admitted)
{
    public bool IsAdmitted(object item) => admitted.Contains(item);
}

public static class LegalBasisAdmissionExtensions
{
    /// <summary>The messages of the batch the enforcement point admitted, in their order.</summary>
    /// <exception cref="InvalidOperationException">No enforcement point saw the batch: nothing may be taken from it.</exception>
    public static IEnumerable<ConsumeContext<TItem>> Admitted<TItem>(this ConsumeContext<Batch<TItem>> context)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(context);
        // Note: fail closed: a consumer on an endpoint without the filter would otherwise take every message.
        if (!context.TryGetPayload<LegalBasisAdmission>(out var admission))
        {
            throw new InvalidOperationException($"No legal-basis enforcement point admitted this batch of {typeof(TItem).Name}: the endpoint needs LegalBasisConsumeFilter.");
        }

        return context.Message.Where(admission.IsAdmitted);
    }
}

namespace Concord.LegalBasis.Reading;

/// <summary>
/// One page of the items a reader may see, and how many such items the query matches in all. Neither the page nor the
/// total counts an item the reader may not see.
/// </summary>
public sealed record ReadPage<T>(IReadOnlyList<T> Items, int Total) : IReadPage
{
    Type IReadPage.ItemType => typeof(T);

    IEnumerable<object?> IReadPage.Items => Items.Cast<object?>();

    object IReadPage.Without(IReadOnlyList<object?> kept, int removed) =>
        new ReadPage<T>([.. kept.Cast<T>()], Math.Max(0, Total - removed));
}

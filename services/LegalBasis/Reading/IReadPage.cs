namespace Concord.LegalBasis.Reading;

/// <summary>A <see cref="ReadPage{T}"/> seen without its item type, so a response filter can take items out of it.</summary>
internal interface IReadPage
{
    Type ItemType { get; }

    IEnumerable<object?> Items { get; }

    /// <summary>The same page with only <paramref name="kept"/>, its total lowered by the <paramref name="removed"/> items.</summary>
    object Without(IReadOnlyList<object?> kept, int removed);
}

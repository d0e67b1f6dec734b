using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Decisions;

public static class DataCategories
{
    /// <summary>How many categories there are; a category's bit is 1 shifted by its value.</summary>
    internal static readonly int Count = Enum.GetValues<DataCategory>().Length;

    /// <summary>Every category the contracts define.</summary>
    public static readonly DataCategorySet All = (DataCategorySet)((1 << Count) - 1);

    public static DataCategorySet ToSet(this IEnumerable<DataCategory> categories)
    {
        var set = DataCategorySet.None;
        foreach (var category in categories)
        {
            set |= category.ToSet();
        }

        return set;
    }

    /// <summary>Like <see cref="ToSet(IEnumerable{DataCategory})"/>, but false for a value the contracts do not define.</summary>
    public static bool TryToSet(this IEnumerable<DataCategory> categories, out DataCategorySet set)
    {
        set = DataCategorySet.None;
        foreach (var category in categories)
        {
            if (!Enum.IsDefined(category))
            {
                return false;
            }

            set |= category.ToSet();
        }

        return true;
    }

    public static DataCategorySet ToSet(this DataCategory category) =>
        Enum.IsDefined(category) ? (DataCategorySet)(1 << (int)category)
            : throw new ArgumentOutOfRangeException(nameof(category), category, "Not a data category.");

    public static IEnumerable<DataCategory> ToCategories(this DataCategorySet set) =>
        Enum.GetValues<DataCategory>().Where(category => (set & category.ToSet()) != 0);
}

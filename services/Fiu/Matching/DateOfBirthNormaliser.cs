using System.Globalization;

namespace Concord.Fiu.Matching;

/// <summary>Dates of birth as ISO 8601 calendar dates (<c>1984-03-12</c>), the form blocking keys carry them in.</summary>
public static class DateOfBirthNormaliser
{
    public static string Normalise(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date written <c>yyyy-MM-dd</c>, from 1900 on; null for anything else (<c>12/03/1984</c> is ambiguous, so refused).</summary>
    public static string? Normalise(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900
            ? Normalise(date)
            : null;
}

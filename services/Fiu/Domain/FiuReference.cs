using System.Text.RegularExpressions;

namespace Concord.Fiu.Domain;

/// <summary>
/// FIU references look like <c>FIU-2026-7KQ2M9XW4T</c>: the year and ten random Crockford base32 characters
/// (50 bits). Random rather than sequential, so that no bank can infer how many reports other banks file.
/// </summary>
public static partial class FiuReference
{
    public static string New(DateTimeOffset now) => RandomReference.New("FIU", now);

    public static bool IsWellFormed(string? reference) => reference is not null && Format().IsMatch(reference);

    [GeneratedRegex("^FIU-[0-9]{4}-[0-9A-HJKMNP-TV-Z]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}

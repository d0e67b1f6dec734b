using System.Text.RegularExpressions;

namespace Concord.Agreements.Validation;

internal static partial class Patterns
{
    /// <summary>Agreement and legal gateway codes: upper-case letters and digits in hyphen-separated groups, e.g. GB-POCA-330.</summary>
    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    public static partial Regex Code();

    /// <summary>Organisation ids as the identity server has them: lower-case letters, digits and hyphens, 2–64 long.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    public static partial Regex OrganisationId();

    public const int CodeLength = 64;
}

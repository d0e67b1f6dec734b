using System.Text.RegularExpressions;

namespace Concord.BankGateway.Validation;

/// <summary>
/// The formats filing fields are checked against, compiled at build time. Each is anchored and linear (no nested
/// quantifiers, no back-references), so none needs a match timeout.
/// </summary>
// Note: FluentValidation's string overload builds a Regex with a two-second timeout; on a starved machine a timeout
// turned a valid report into a 500. A pattern that cannot backtrack has nothing to time out.
internal static partial class Patterns
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
    public static partial Regex Code();

    [GeneratedRegex("^[A-Z0-9_-]+$")]
    public static partial Regex ReportTypeCode();

    [GeneratedRegex("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    public static partial Regex Bic();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]{3,31}$")]
    public static partial Regex Phone();
}

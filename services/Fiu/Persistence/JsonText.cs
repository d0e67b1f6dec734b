using System.Text;

namespace Concord.Fiu.Persistence;

/// <summary>
/// PostgreSQL's <c>jsonb</c> refuses the NUL character (<c>\u0000</c>). A report carrying one would fail the
/// whole batch it arrived in, on every redelivery; so the FIU finds it first, rejects the report, and stores a
/// copy with the character replaced.
/// </summary>
internal static class JsonText
{
    private const string NulEscape = "\\u0000";
    private const string ReplacementEscape = "\\uFFFD";

    public static bool ContainsNul(string json) => NextNul(json, 0) >= 0;

    public static string ReplaceNul(string json)
    {
        var builder = new StringBuilder(json.Length);
        var start = 0;
        for (var index = NextNul(json, 0); index >= 0; index = NextNul(json, start))
        {
            builder.Append(json, start, index - start).Append(ReplacementEscape);
            start = index + NulEscape.Length;
        }

        return builder.Append(json, start, json.Length - start).ToString();
    }

    /// <summary>The next <c>\u0000</c> escape that is an escape: preceded by an even number of backslashes, not a literal "\u0000" text.</summary>
    private static int NextNul(string json, int from)
    {
        for (var index = json.IndexOf(NulEscape, from, StringComparison.Ordinal); index >= 0; index = json.IndexOf(NulEscape, index + 1, StringComparison.Ordinal))
        {
            var backslashes = 0;
            while (index - backslashes - 1 >= 0 && json[index - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return index;
            }
        }

        return -1;
    }
}

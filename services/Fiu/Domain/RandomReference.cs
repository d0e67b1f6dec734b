using System.Security.Cryptography;

namespace Concord.Fiu.Domain;

/// <summary>
/// References the FIU hands out (<c>FIU-2026-7KQ2M9XW4T</c>, <c>RFI-2026-…</c>): a prefix, the year and ten random
/// Crockford base32 characters (50 bits). Random rather than sequential, so that nobody can infer from a reference how
/// many others there are, or whose.
/// </summary>
public static class RandomReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(string prefix, DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            // 32 divides 256, so masking keeps every character equally likely.
            chars[i] = Alphabet[random[i] & 31];
        }

        return $"{prefix}-{now.UtcDateTime.Year:D4}-{chars}";
    }
}

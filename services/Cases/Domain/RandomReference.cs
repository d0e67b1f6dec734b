using System.Security.Cryptography;

namespace Concord.Cases.Domain;

/// <summary>
/// References the cases service hands out (<c>CASE-2026-7KQ2M9XW4T</c>, <c>PRD-2026-…</c>): a prefix, the year and ten
/// random Crockford base32 characters (50 bits), so nobody can infer from one how many others there are, or whose.
/// </summary>
public static class RandomReference
{
    public const string Case = "CASE";
    public const string ProductionRequest = "PRD";

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

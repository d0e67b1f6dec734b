using System.Security.Cryptography;

namespace Concord.BankGateway.Domain;

/// <summary>
/// Concord references look like <c>CR-2026-7KQ2M9XW4T</c>: the year and ten random Crockford base32 characters.
/// Random rather than sequential, so that no bank can infer how many reports other banks file.
/// </summary>
public static class ConcordReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random[i] & 31];
        }

        return $"CR-{now.UtcDateTime.Year:D4}-{chars}";
    }
}

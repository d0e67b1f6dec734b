using System.Security.Cryptography;

namespace Concord.Fiu.Requests;

/// <summary>
/// Request references look like <c>RFI-2026-7KQ2M9XW4T</c>: the year and ten random Crockford base32 characters
/// (50 bits), like FIU references. Random, so that a bank learns nothing from its reference about other requests or
/// other banks; the analysts' reference and every bank's copy each get one of their own.
/// </summary>
public static class RequestReference
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

        return $"RFI-{now.UtcDateTime.Year:D4}-{chars}";
    }
}

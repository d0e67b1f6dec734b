namespace Concord.Fiu.Matching;

/// <summary>
/// Crypto-asset addresses: bech32 (<c>bc1…</c>, case-insensitive by definition) lower-cased, hexadecimal <c>0x…</c>
/// (Ethereum and its kin; the mixed case is only a checksum) lower-cased, base58 (<c>1…</c>, <c>3…</c>, <c>T…</c>)
/// kept as written, since its case is part of the address.
/// </summary>
public static class CryptoNormaliser
{
    private const string Bech32Characters = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const string Base58Characters = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>The address as matched, or null when it is none of the three forms.</summary>
    public static string? Normalise(string? address)
    {
        var value = address?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > 128)
        {
            return null;
        }

        if (value.Length == 42 && value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && value[2..].All(char.IsAsciiHexDigit))
        {
            return value.ToLowerInvariant();
        }

        if (IsBech32(value))
        {
            return value.ToLowerInvariant();
        }

        return value.Length is >= 25 and <= 44 && value.All(c => Base58Characters.Contains(c, StringComparison.Ordinal)) ? value : null;
    }

    // Human-readable part, the separator "1", then at least six data characters; one case throughout.
    private static bool IsBech32(string value)
    {
        if (value.Any(char.IsAsciiLetterLower) && value.Any(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var lower = value.ToLowerInvariant();
        var separator = lower.LastIndexOf('1');
        return separator >= 1 && lower.Length - separator - 1 >= 6 && lower.Length <= 90
            && lower[..separator].All(char.IsAsciiLetterLower)
            && lower[(separator + 1)..].All(c => Bech32Characters.Contains(c, StringComparison.Ordinal));
    }
}

namespace Concord.Fiu.Matching;

/// <summary>
/// Folds text for matching: Latin letters lose their diacritics (é → e, Ł → l, ß → ss, Æ → ae), combining marks are
/// dropped, and everything is lower-cased. Letters of other scripts (Cyrillic, Greek, Arabic, …) are lower-cased and
/// kept as they are: transliterating them is not attempted.
/// </summary>
/// <remarks>
/// Note: the decomposition is a table (Unicode 14 canonical and compatibility decompositions of Latin-1 Supplement,
/// Latin Extended-A/B and Latin Extended Additional, with the letters that have none, such as ø, đ, ł, spelled out)
/// rather than <see cref="string.Normalize()"/>: the services run with invariant globalization, where the runtime does
/// not decompose (é stays é).
/// </remarks>
public static class TextFolding
{
    private const char LatinStart = '\u00C0';
    private const char ExtendedStart = '\u1E00';

    // One folded letter per code point from U+00C0 (NUL: no single-letter folding; see Multi, else kept).
    private const string Latin = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllll\0\0llnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0f\0\0\0\0\0\0\0l\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0\0\0\0uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0ggggkkoooo\0\0j\0\0\0gg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0zzaaeeooooooooyy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0rryy";

    // One folded letter per code point from U+1E00 (Latin Extended Additional: Vietnamese and others).
    private const string Extended = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0s\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";

    private static readonly Dictionary<char, string> Multi = new()
    {
        ['\u00C6'] = "ae",
        ['\u00DE'] = "th",
        ['\u00DF'] = "ss",
        ['\u00E6'] = "ae",
        ['\u00FE'] = "th",
        ['\u0132'] = "ij",
        ['\u0133'] = "ij",
        ['\u0152'] = "oe",
        ['\u0153'] = "oe",
        ['\u01C4'] = "dz",
        ['\u01C5'] = "dz",
        ['\u01C6'] = "dz",
        ['\u01C7'] = "lj",
        ['\u01C8'] = "lj",
        ['\u01C9'] = "lj",
        ['\u01CA'] = "nj",
        ['\u01CB'] = "nj",
        ['\u01CC'] = "nj",
        ['\u01F1'] = "dz",
        ['\u01F2'] = "dz",
        ['\u01F3'] = "dz",
        ['\u1E9E'] = "ss",
    };

    /// <summary>Appends <paramref name="c"/> folded to <paramref name="builder"/>: without diacritics, lower-cased; a combining mark appends nothing.</summary>
    public static void Append(System.Text.StringBuilder builder, char c)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (c < 128)
        {
            builder.Append(char.ToLowerInvariant(c));
            return;
        }

        if (IsCombiningMark(c))
        {
            return;
        }

        if (Multi.TryGetValue(c, out var several))
        {
            builder.Append(several);
            return;
        }

        var single = Lookup(c);
        builder.Append(single == '\0' ? char.ToLowerInvariant(c) : single);
    }

    /// <summary><paramref name="text"/> folded: <c>"Iván PETRÓV"</c> → <c>"ivan petrov"</c>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            Append(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>Combining diacritical marks (U+0300–U+036F and the supplements): what a decomposed accent leaves behind.</summary>
    public static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF') or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F');

    private static char Lookup(char c)
    {
        if (c >= LatinStart && c < LatinStart + Latin.Length)
        {
            return Latin[c - LatinStart];
        }

        if (c >= ExtendedStart && c < ExtendedStart + Extended.Length)
        {
            return Extended[c - ExtendedStart];
        }

        return '\0';
    }
}

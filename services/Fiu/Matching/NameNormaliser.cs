using System.Text;

namespace Concord.Fiu.Matching;

/// <summary>
/// Person and legal-entity names for matching: diacritics removed and case folded (<see cref="TextFolding"/>), apostrophes
/// and full stops dropped (<c>O'Brien</c> → <c>obrien</c>, <c>S.A.</c> → <c>sa</c>), <c>&amp;</c> read as <c>and</c>, every
/// other punctuation mark a separator, and the order of the tokens made irrelevant by <see cref="NormalisedName.Key"/>.
/// Persons lose honorifics (Mr, Dr, …); legal entities lose a leading "the" and trailing legal forms (Ltd, GmbH, …).
/// </summary>
public static class NameNormaliser
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme", "mlle" };

    // Note: removed only at the end of a name, so "Limited Editions Ltd" keeps its first word.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "ltd", "limited", "gmbh", "mbh", "sa", "sas", "sarl", "llc", "plc", "inc", "incorporated", "corp", "corporation", "co",
        "company", "ag", "kg", "ug", "se", "bv", "nv", "srl", "spa", "oy", "oyj", "ab", "as", "asa", "aps", "llp", "lp", "pte",
        "pty", "sl", "sro", "kft", "zrt", "lda", "ooo", "oao", "zao", "pjsc", "jsc", "ojsc", "fze", "fzco", "fzc", "and",
    };

    /// <summary>A person named by given names and family name; null when nothing of the name is left.</summary>
    public static NormalisedName? Person(string? givenNames, string? familyName) => Person($"{givenNames} {familyName}");

    /// <summary>A person named in one text, in any order (<c>"Petrov, Ivan"</c>); null when nothing of the name is left.</summary>
    public static NormalisedName? Person(string? name)
    {
        var tokens = Tokenise(name).Where(token => !Honorifics.Contains(token)).ToList();
        return tokens.Count == 0 ? null : new NormalisedName(tokens);
    }

    /// <summary>A legal entity's name, without its legal form (<c>"Northgate Trading Ltd"</c> → <c>northgate trading</c>); null when nothing is left.</summary>
    public static NormalisedName? Entity(string? name)
    {
        var tokens = Tokenise(name);
        if (tokens.Count > 1 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        while (tokens.Count > 1 && LegalForms.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.Count == 0 ? null : new NormalisedName(tokens);
    }

    /// <summary>Whether the name ends in a legal form: a counterparty so named is a company, not a person.</summary>
    public static bool HasLegalForm(string? name)
    {
        var tokens = Tokenise(name);
        return tokens.Count > 1 && LegalForms.Contains(tokens[^1]) && tokens[^1] != "and";
    }

    private static List<string> Tokenise(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                TextFolding.Append(builder, c);
            }
            else if (TextFolding.IsCombiningMark(c) || c is '\'' or '’' or 'ʼ' or '`' or '´' or '.')
            {
                // Joins: an accent written apart, an apostrophe, a full stop inside an abbreviation.
            }
            else if (c == '&')
            {
                Flush(builder, tokens);
                tokens.Add("and");
            }
            else
            {
                Flush(builder, tokens);
            }
        }

        Flush(builder, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder builder, List<string> tokens)
    {
        if (builder.Length > 0)
        {
            tokens.Add(builder.ToString());
            builder.Clear();
        }
    }
}

using System.Globalization;
using System.Text;

namespace Concord.Screening.Lexing;

/// <summary>Turns a rule's text into tokens; stops at the first character it cannot read.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string source, ErrorSink errors)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, start, i - start, source[start..i], 0));
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                if (!ReadNumber(source, ref i, errors, out var number))
                {
                    return tokens;
                }

                tokens.Add(new Token(TokenKind.Number, start, i - start, source[start..i], number));
                continue;
            }

            if (c is '"' or '\'')
            {
                if (!ReadString(source, ref i, errors, out var text))
                {
                    return tokens;
                }

                tokens.Add(new Token(TokenKind.String, start, i - start, text, 0));
                continue;
            }

            var (kind, length) = Punctuation(source, i);
            if (length == 0)
            {
                errors.Add(start, 1, RuleErrorCodes.InvalidCharacter,
                    $"The character '{c}' is not part of the rule language (use and, or, not, comparisons, [lists] and functions).");
                return tokens;
            }

            tokens.Add(new Token(kind, start, length, source.Substring(start, length), 0));
            i += length;
        }

        tokens.Add(new Token(TokenKind.End, source.Length, 0, string.Empty, 0));
        return tokens;
    }

    private static (TokenKind Kind, int Length) Punctuation(string s, int i)
    {
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        return s[i] switch
        {
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            ',' => (TokenKind.Comma, 1),
            '.' => (TokenKind.Dot, 1),
            '-' => (TokenKind.Minus, 1),
            '=' => (TokenKind.Equal, next == '=' ? 2 : 1),
            '!' when next == '=' => (TokenKind.NotEqual, 2),
            '<' when next == '=' => (TokenKind.LessOrEqual, 2),
            '<' when next == '>' => (TokenKind.NotEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when next == '=' => (TokenKind.GreaterOrEqual, 2),
            '>' => (TokenKind.Greater, 1),
            _ => (TokenKind.End, 0),
        };
    }

    // Note: digits with an optional fraction; '_' groups digits (10_000). No exponent, no sign (unary minus is the parser's).
    private static bool ReadNumber(string s, ref int i, ErrorSink errors, out decimal number)
    {
        var start = i;
        var seenPoint = false;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_' || (s[i] == '.' && !seenPoint && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
        {
            seenPoint |= s[i] == '.';
            i++;
        }

        var text = s[start..i].Replace("_", string.Empty, StringComparison.Ordinal);
        if (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] == '.')
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '.' or '_'))
            {
                i++;
            }

            errors.Add(start, i - start, RuleErrorCodes.InvalidNumber,
                $"'{s[start..i]}' is not a number (write digits with an optional decimal point, e.g. 10000 or 9999.99).");
            number = 0;
            return false;
        }

        return true;
    }

    private static bool ReadString(string s, ref int i, ErrorSink errors, out string text)
    {
        var quote = s[i];
        var start = i;
        var builder = new StringBuilder();
        i++;
        while (i < s.Length && s[i] != quote)
        {
            if (s[i] == '\\')
            {
                if (i + 1 < s.Length && s[i + 1] is '\\' or '"' or '\'')
                {
                    builder.Append(s[i + 1]);
                    i += 2;
                    continue;
                }

                errors.Add(i, Math.Min(2, s.Length - i), RuleErrorCodes.UnterminatedString,
                    "Only \\\", \\' and \\\\ may follow a backslash in a string.");
                text = string.Empty;
                return false;
            }

            if (s[i] is '\n' or '\r')
            {
                break;
            }

            builder.Append(s[i]);
            i++;
        }

        if (i >= s.Length || s[i] != quote)
        {
            errors.Add(start, i - start, RuleErrorCodes.UnterminatedString, $"This string has no closing {quote} on its line.");
            text = string.Empty;
            return false;
        }

        i++;
        text = builder.ToString();
        return true;
    }
}

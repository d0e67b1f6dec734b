namespace Concord.Typology.Rules;

/// <summary>
/// Until the screening language's parser (Concord.Screening) is available: checks only that strings are closed and
/// brackets balance, with the position of the first fault. Everything else about a rule is left to the parser.
/// </summary>
internal sealed class InterimRuleChecker : IRuleChecker
{
    public IReadOnlyList<RuleProblem> Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var open = new Stack<(char Bracket, int Line, int Column)>();
        int line = 1, column = 0;
        (int Line, int Column)? quote = null;
        foreach (var c in source)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                continue;
            }

            if (quote is not null)
            {
                quote = c == '"' ? null : quote;
                continue;
            }

            switch (c)
            {
                case '"':
                    quote = (line, column);
                    break;
                case '(' or '[':
                    open.Push((c, line, column));
                    break;
                case ')' or ']':
                    if (open.Count == 0 || open.Pop().Bracket != (c == ')' ? '(' : '['))
                    {
                        return [new RuleProblem(line, column, "syntax", $"'{c}' closes nothing that is open")];
                    }

                    break;
            }
        }

        if (quote is { } unclosed)
        {
            return [new RuleProblem(unclosed.Line, unclosed.Column, "syntax", "the string is not closed")];
        }

        return open.Count > 0 ? [new RuleProblem(open.Peek().Line, open.Peek().Column, "syntax", $"'{open.Peek().Bracket}' is never closed")] : [];
    }
}

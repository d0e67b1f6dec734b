using Concord.Screening.Lexing;

namespace Concord.Screening.Syntax;

/// <summary>
/// A recursive-descent parser over the token list. It stops at the first syntax error (the rest of the rule would only
/// produce echoes of it). Nesting — parentheses, <c>not</c>, calls — is counted and refused beyond
/// <see cref="ScreeningRule.MaxDepth"/>, so hostile input cannot exhaust the stack; <c>and</c>/<c>or</c> chains are
/// read in a loop, not by recursion.
/// </summary>
internal sealed class Parser(IReadOnlyList<Token> tokens, ErrorSink errors)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "contains", "where", "within", "starts", "ends", "with",
    };

    private int _position;
    private int _depth;
    private bool _failed;

    private Token Current => tokens[_position];

    private Token Peek(int ahead) => tokens[Math.Min(_position + ahead, tokens.Count - 1)];

    public SyntaxNode? ParseRule()
    {
        var node = ParseOr();
        if (node is null || _failed)
        {
            return null;
        }

        if (Current.Kind != TokenKind.End)
        {
            return Fail(Current, $"Unexpected {Current.Describe()}: expected 'and', 'or' or the end of the rule.");
        }

        return node;
    }

    private SyntaxNode? ParseOr()
    {
        var first = ParseAnd();
        if (first is null || !Current.Is("or"))
        {
            return first;
        }

        var operands = new List<SyntaxNode> { first };
        while (Current.Is("or"))
        {
            _position++;
            var next = ParseAnd();
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new OrSyntax(operands, first.Start, operands[^1].Start + operands[^1].Length - first.Start);
    }

    private SyntaxNode? ParseAnd()
    {
        var first = ParseUnary();
        if (first is null || !Current.Is("and"))
        {
            return first;
        }

        var operands = new List<SyntaxNode> { first };
        while (Current.Is("and"))
        {
            _position++;
            var next = ParseUnary();
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new AndSyntax(operands, first.Start, operands[^1].Start + operands[^1].Length - first.Start);
    }

    private SyntaxNode? ParseUnary()
    {
        if (!Current.Is("not"))
        {
            return ParsePredicate();
        }

        var notToken = Current;
        if (!Enter(notToken))
        {
            return null;
        }

        _position++;
        var operand = ParseUnary();
        _depth--;
        return operand is null ? null : new NotSyntax(operand, notToken.Start, operand.Start + operand.Length - notToken.Start);
    }

    private SyntaxNode? ParsePredicate()
    {
        var left = ParseOperand();
        if (left is null)
        {
            return null;
        }

        var op = Current;
        CompareOperator? compare = op.Kind switch
        {
            TokenKind.Equal => CompareOperator.Equal,
            TokenKind.NotEqual => CompareOperator.NotEqual,
            TokenKind.Less => CompareOperator.Less,
            TokenKind.LessOrEqual => CompareOperator.LessOrEqual,
            TokenKind.Greater => CompareOperator.Greater,
            TokenKind.GreaterOrEqual => CompareOperator.GreaterOrEqual,
            _ => null,
        };
        if (compare is { } compareOperator)
        {
            _position++;
            var right = ParseOperand();
            return right is null ? null : new CompareSyntax(left, compareOperator, op.Start, op.Length, right, left.Start, right.Start + right.Length - left.Start);
        }

        if (op.Is("in") || (op.Is("not") && Peek(1).Is("in")))
        {
            var negated = op.Is("not");
            _position += negated ? 2 : 1;
            var list = ParseList();
            return list is null ? null : new InSyntax(left, list, negated, left.Start, list.Start + list.Length - left.Start);
        }

        if (op.Is("contains"))
        {
            _position++;
            var mode = TextOperator.Contains;
            if ((Current.Is("any") || Current.Is("all")) && Peek(1).Kind == TokenKind.LeftBracket)
            {
                mode = Current.Is("any") ? TextOperator.ContainsAny : TextOperator.ContainsAll;
                _position++;
            }

            var argument = mode == TextOperator.Contains ? ParseOperand() : ParseList();
            return argument is null ? null : Text(left, mode, op, argument);
        }

        if ((op.Is("starts") || op.Is("ends")) && Peek(1).Is("with"))
        {
            _position += 2;
            var argument = ParseOperand();
            return argument is null ? null : Text(left, op.Is("starts") ? TextOperator.StartsWith : TextOperator.EndsWith, op, argument);
        }

        if (op.Is("starts") || op.Is("ends"))
        {
            return Fail(Peek(1), $"Expected 'with' after '{op.Text}'.");
        }

        return left;
    }

    private static TextSyntax Text(SyntaxNode left, TextOperator mode, Token op, SyntaxNode argument) =>
        new(left, mode, op.Start, op.Length, argument, left.Start, argument.Start + argument.Length - left.Start);

    private SyntaxNode? ParseOperand()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.LeftParen:
                return ParseParenthesised();
            case TokenKind.LeftBracket:
                return ParseList();
            case TokenKind.Number:
                _position++;
                return new NumberSyntax(token.Number, token.Start, token.Length);
            case TokenKind.Minus when Peek(1).Kind == TokenKind.Number && Peek(1).Start == token.End:
                _position += 2;
                return new NumberSyntax(-Peek(-1).Number, token.Start, Peek(-1).End - token.Start);
            case TokenKind.String:
                _position++;
                return new StringSyntax(token.Text, token.Start, token.Length);
            case TokenKind.Identifier when token.Is("true") || token.Is("false"):
                _position++;
                return new BooleanSyntax(token.Is("true"), token.Start, token.Length);
            case TokenKind.Identifier when Reserved.Contains(token.Text):
                return Fail(token, $"Expected a field, a value or '(' but found the keyword '{token.Text}'.");
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.LeftParen:
                return ParseCall();
            case TokenKind.Identifier:
                return ParseField();
            default:
                return Fail(token, $"Expected a field, a value or '(' but found {token.Describe()}.");
        }
    }

    private SyntaxNode? ParseParenthesised()
    {
        var open = Current;
        if (!Enter(open))
        {
            return null;
        }

        _position++;
        var inner = ParseOr();
        if (inner is null)
        {
            return null;
        }

        if (Current.Kind != TokenKind.RightParen)
        {
            return Fail(Current, $"Expected ')' to close the '(' at column {open.Start + 1} but found {Current.Describe()}.");
        }

        _position++;
        _depth--;
        return inner;
    }

    private FieldSyntax? ParseField()
    {
        var parts = new List<NamePart> { new(Current.Text, Current.Start, Current.Length) };
        _position++;
        while (Current.Kind == TokenKind.Dot)
        {
            if (Peek(1).Kind != TokenKind.Identifier)
            {
                Fail(Peek(1), $"Expected a field name after '.' but found {Peek(1).Describe()}.");
                return null;
            }

            parts.Add(new NamePart(Peek(1).Text, Peek(1).Start, Peek(1).Length));
            _position += 2;
        }

        return new FieldSyntax(parts, parts[0].Start, parts[^1].Start + parts[^1].Length - parts[0].Start);
    }

    private ListSyntax? ParseList()
    {
        var open = Current;
        if (open.Kind != TokenKind.LeftBracket)
        {
            Fail(open, $"Expected a list such as [\"A\", \"B\"] but found {open.Describe()}.");
            return null;
        }

        _position++;
        var items = new List<SyntaxNode>();
        while (Current.Kind != TokenKind.RightBracket)
        {
            if (items.Count > 0)
            {
                if (Current.Kind != TokenKind.Comma)
                {
                    Fail(Current, $"Expected ',' or ']' in the list but found {Current.Describe()}.");
                    return null;
                }

                _position++;
            }

            var item = Current;
            if (item.Kind is TokenKind.Number or TokenKind.String)
            {
                items.Add(item.Kind == TokenKind.Number ? new NumberSyntax(item.Number, item.Start, item.Length) : new StringSyntax(item.Text, item.Start, item.Length));
                _position++;
            }
            else if (item.Kind == TokenKind.Minus && Peek(1).Kind == TokenKind.Number)
            {
                items.Add(new NumberSyntax(-Peek(1).Number, item.Start, Peek(1).End - item.Start));
                _position += 2;
            }
            else
            {
                Fail(item, $"A list holds only string or number values, but found {item.Describe()}.");
                return null;
            }
        }

        _position++;
        return new ListSyntax(items, open.Start, Peek(-1).End - open.Start);
    }

    private CallSyntax? ParseCall()
    {
        var name = Current;
        if (!Enter(name))
        {
            return null;
        }

        _position += 2;
        SyntaxNode? source = null;
        SyntaxNode? filter = null;
        WindowSyntax? window = null;
        var arguments = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.RightParen)
        {
            source = ParseOr();
            if (source is null)
            {
                return null;
            }

            if (Current.Is("where"))
            {
                _position++;
                filter = ParseOr();
                if (filter is null)
                {
                    return null;
                }
            }

            if (Current.Is("within"))
            {
                window = ParseWindow();
                if (window is null)
                {
                    return null;
                }
            }

            while (Current.Kind == TokenKind.Comma)
            {
                _position++;
                var argument = ParseOr();
                if (argument is null)
                {
                    return null;
                }

                arguments.Add(argument);
            }
        }

        if (Current.Kind != TokenKind.RightParen)
        {
            Fail(Current, $"Expected ')' to close {name.Text}( but found {Current.Describe()}.");
            return null;
        }

        var close = Current;
        _position++;
        _depth--;
        if (Current.Is("within"))
        {
            var after = ParseWindow();
            if (after is null)
            {
                return null;
            }

            if (window is not null)
            {
                errors.Add(after.Start, after.Length, RuleErrorCodes.WindowNotAllowed, "This aggregate already has a window inside its parentheses.");
                _failed = true;
                return null;
            }

            window = after;
            close = Peek(-1);
        }

        return new CallSyntax(name.Text, name.Start, name.Length, source, filter, window, arguments, name.Start, close.End - name.Start);
    }

    private WindowSyntax? ParseWindow()
    {
        var within = Current;
        var amount = Peek(1);
        var unit = Peek(2);
        if (amount.Kind != TokenKind.Number || unit.Kind != TokenKind.Identifier)
        {
            Fail(amount.Kind != TokenKind.Number ? amount : unit, "Expected a window such as 'within 7 days' or 'within 48 hours'.");
            return null;
        }

        _position += 3;
        return new WindowSyntax(amount.Number, unit.Text, within.Start, unit.End - within.Start);
    }

    private bool Enter(Token at)
    {
        if (++_depth <= ScreeningRule.MaxDepth)
        {
            return true;
        }

        errors.Add(at.Start, at.Length, RuleErrorCodes.TooDeep,
            $"The rule nests parentheses, 'not' and functions more than {ScreeningRule.MaxDepth} levels deep here; simplify it.");
        _failed = true;
        return false;
    }

    private SyntaxNode? Fail(Token at, string message)
    {
        if (!_failed)
        {
            errors.Add(at.Start, Math.Max(at.Length, 0), RuleErrorCodes.Syntax, message);
        }

        _failed = true;
        return null;
    }
}

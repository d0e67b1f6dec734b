namespace Concord.Screening;

/// <summary>The codes a <see cref="RuleError"/> carries, one per kind of mistake.</summary>
public static class RuleErrorCodes
{
    /// <summary>The rule is empty or only white space.</summary>
    public const string Empty = "empty";

    /// <summary>The rule is longer than <see cref="ScreeningRule.MaxLength"/> characters.</summary>
    public const string TooLong = "too-long";

    /// <summary>Parentheses, <c>not</c> and aggregates nest deeper than <see cref="ScreeningRule.MaxDepth"/>.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>A token that does not belong where it stands (a missing operand, an unclosed parenthesis, …).</summary>
    public const string Syntax = "syntax";

    /// <summary>A character the language does not use (e.g. <c>$</c>, <c>;</c>, <c>{</c>).</summary>
    public const string InvalidCharacter = "invalid-character";

    /// <summary>A string literal without its closing quote, or with an unknown escape.</summary>
    public const string UnterminatedString = "unterminated-string";

    /// <summary>A number that is not a valid decimal (too many digits, two points, …).</summary>
    public const string InvalidNumber = "invalid-number";

    /// <summary>A date or timestamp literal that is not ISO 8601 (<c>"2026-03-01"</c>, <c>"2026-03-01T10:00:00Z"</c>).</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A field name that does not exist where it is used; the message lists the valid names.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A function that does not exist (the language has <c>count sum min max avg distinct any all</c>).</summary>
    public const string UnknownFunction = "unknown-function";

    /// <summary>A value outside a coded field's values (e.g. <c>direction = "Sideways"</c>).</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>Two sides of a comparison of different types (e.g. a string compared to a number).</summary>
    public const string TypeMismatch = "type-mismatch";

    /// <summary>An operator the operand's type does not support (e.g. <c>&lt;</c> on strings, <c>contains</c> on a number).</summary>
    public const string OperatorNotApplicable = "operator-not-applicable";

    /// <summary>A function given an argument of the wrong type (e.g. <c>sum(transactions, currency)</c>).</summary>
    public const string ArgumentType = "argument-type";

    /// <summary>A function given too many or too few arguments.</summary>
    public const string ArgumentCount = "argument-count";

    /// <summary>A collection used as a value outside an aggregate (e.g. <c>transactions.amount &gt; 5</c>).</summary>
    public const string CollectionNotAggregated = "collection-not-aggregated";

    /// <summary>An aggregate inside another aggregate's <c>where</c> filter; refused so evaluation stays linear.</summary>
    public const string NestedAggregate = "nested-aggregate";

    /// <summary>A time window (<c>within N days</c>) on a collection whose items have no time (subjects, accounts).</summary>
    public const string WindowNeedsTime = "window-needs-time";

    /// <summary>A time window on an aggregate other than <c>count</c> or <c>sum</c>, or two windows on one aggregate.</summary>
    public const string WindowNotAllowed = "window-not-allowed";

    /// <summary>A window of zero, of more than 366 days, or in a unit other than days or hours.</summary>
    public const string InvalidWindow = "invalid-window";

    /// <summary>The rule, or one side of <c>and</c>/<c>or</c>/<c>not</c>, is not true-or-false (e.g. <c>count(transactions)</c> alone).</summary>
    public const string NotBoolean = "not-boolean";

    /// <summary>An empty <c>[ ]</c> list, or a list longer than <see cref="ScreeningRule.MaxListItems"/>.</summary>
    public const string InvalidList = "invalid-list";
}

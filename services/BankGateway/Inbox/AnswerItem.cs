using Concord.Contracts.Requests;

namespace Concord.BankGateway.Inbox;

/// <summary>The bank's answer about one subject, as sent; it becomes a <see cref="SubjectAnswer"/> once valid.</summary>
public sealed record AnswerItem
{
    /// <summary>The subject's local id in the request, e.g. "S1".</summary>
    public string? Subject { get; init; }

    public MatchResult? Result { get; init; }

    /// <summary>Only with a Match: accounts, transactions, a narrative, as far as the agreement allows.</summary>
    public MatchDetails? Details { get; init; }

    public SubjectAnswer ToAnswer() => new() { Subject = Subject!, Result = Result!.Value, Details = Result == MatchResult.Match ? Details : null };
}

namespace Concord.Contracts.Requests;

/// <summary>A bank's answer about one requested subject.</summary>
public enum MatchResult
{
    /// <summary>The bank holds or held a relationship, account or transactions of the subject.</summary>
    Match,

    /// <summary>The bank found nothing on the subject.</summary>
    NoMatch,
}

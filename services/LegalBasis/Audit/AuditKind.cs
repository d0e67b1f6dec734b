namespace Concord.LegalBasis.Audit;

/// <summary>What an audit entry records.</summary>
public enum AuditKind
{
    /// <summary>A decision of the decision point, permit or deny.</summary>
    Decision,

    /// <summary>A read of partnership data.</summary>
    Read,

    /// <summary>Partnership data sent to another organisation.</summary>
    Dissemination,

    /// <summary>Data purged because its retention ended.</summary>
    Purge,

    /// <summary>A change to the partnership's rules: a legal gateway registered, an agreement drafted, approved, amended, suspended, resumed, terminated or expired, a consent granted or withdrawn.</summary>
    Change,

    /// <summary>An analyst's action on partnership data: a report assigned, a triage decision, a note written.</summary>
    Analysis,
}

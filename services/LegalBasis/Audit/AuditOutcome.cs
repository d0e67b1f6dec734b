namespace Concord.LegalBasis.Audit;

public enum AuditOutcome
{
    Permitted,
    Denied,

    /// <summary>For what is not a decision: a read, a dissemination or a purge that took place.</summary>
    Performed,
}

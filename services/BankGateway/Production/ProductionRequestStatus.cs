namespace Concord.BankGateway.Production;

/// <summary>Where a production request stands for the bank, computed from its answer and the clock.</summary>
public enum ProductionRequestStatus
{
    /// <summary>To answer, and the deadline has not passed.</summary>
    Open,

    /// <summary>To answer, and the deadline has passed (an answer is still taken).</summary>
    Overdue,

    Answered,
}

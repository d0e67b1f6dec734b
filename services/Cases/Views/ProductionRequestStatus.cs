namespace Concord.Cases.Views;

public enum ProductionRequestStatus
{
    Open,
    Answered,

    /// <summary>Still open after its deadline.</summary>
    Overdue,
}

namespace Concord.Fiu.Requests;

/// <summary>Where a request stands as a whole, computed from its banks and the clock.</summary>
public enum InformationRequestStatus
{
    /// <summary>Some bank has not answered, and the deadline has not passed.</summary>
    Open,

    /// <summary>Some bank has not answered, and the deadline has passed.</summary>
    Overdue,

    /// <summary>Every bank answered, or the request was withdrawn.</summary>
    Closed,
}

namespace Concord.Fiu.Domain;

/// <summary>The FIU's decision on a received report; stored and served as its name.</summary>
public enum ReceivedReportStatus
{
    Acknowledged,
    Rejected,
}

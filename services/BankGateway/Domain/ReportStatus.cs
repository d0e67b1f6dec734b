namespace Concord.BankGateway.Domain;

/// <summary>Where a filed report stands, as the filing bank sees it.</summary>
public enum ReportStatus
{
    /// <summary>Stored by the gateway and on its way to the FIU.</summary>
    Received,

    /// <summary>Accepted by the FIU, which gave it its own reference.</summary>
    Acknowledged,

    /// <summary>Refused by the FIU, with field-level reasons; the bank corrects it and files again.</summary>
    Rejected,
}

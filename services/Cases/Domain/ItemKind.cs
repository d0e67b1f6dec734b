namespace Concord.Cases.Domain;

/// <summary>Where an intelligence item came from.</summary>
public enum ItemKind
{
    /// <summary>An FIU's dissemination: its analysis note and the reports it derives from.</summary>
    Dissemination,

    /// <summary>A bank's answer to a production request: its documents.</summary>
    ProducedDocuments,

    /// <summary>A member's note, as their organisation's data.</summary>
    Note,

    /// <summary>Intelligence a member's organisation brings to the case.</summary>
    Intelligence,
}

namespace Concord.Typology.Domain;

/// <summary>Who a typology is for.</summary>
public enum AudienceKind
{
    /// <summary>Every reporting entity the FIU may send typologies to.</summary>
    AllReportingEntities,

    /// <summary>Every reporting entity of one kind (<see cref="Audience.Sector"/>; Bank today) the FIU may send typologies to.</summary>
    Sector,

    /// <summary>The organisations listed (<see cref="Audience.Organisations"/>); each must be one the FIU may send to.</summary>
    NamedOrganisations,

    /// <summary>The parties of a partnership agreement (<see cref="Audience.TaskForce"/>, its code) the FIU may send to.</summary>
    TaskForce,
}

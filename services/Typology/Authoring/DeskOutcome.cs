namespace Concord.Typology.Authoring;

/// <summary>What became of an analyst's command, as the endpoints map it to a status.</summary>
public enum DeskOutcome
{
    Done,

    /// <summary>The draft has field errors (400); nothing changed.</summary>
    Invalid,

    /// <summary>Valid, but the audience names an organisation the FIU has no basis to send to (403); nothing changed.</summary>
    NoLegalBasis,

    /// <summary>No typology has the code (404).</summary>
    NotFound,

    /// <summary>The typology's state does not allow it (409), e.g. editing a published version in place.</summary>
    Conflict,

    /// <summary>Four eyes: the analyst may not review a draft they wrote or submitted (403).</summary>
    SelfApproval,
}

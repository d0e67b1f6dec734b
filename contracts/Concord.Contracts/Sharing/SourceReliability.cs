namespace Concord.Contracts.Sharing;

/// <summary>Admiralty-style grading of the source.</summary>
public enum SourceReliability
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged.</summary>
    F,
}

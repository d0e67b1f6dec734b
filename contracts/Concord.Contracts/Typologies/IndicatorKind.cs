namespace Concord.Contracts.Typologies;

/// <summary>What a typology's indicator looks at.</summary>
public enum IndicatorKind
{
    /// <summary>How a customer behaves (e.g. reluctance to explain the source of funds).</summary>
    Behavioural,

    /// <summary>What the transactions show (e.g. structured cash deposits below a threshold).</summary>
    Transactional,

    /// <summary>Where money comes from or goes (e.g. a counterparty in a high-risk jurisdiction).</summary>
    Geographic,

    /// <summary>Who is involved (e.g. a newly formed company with a nominee director).</summary>
    Entity,
}

using Concord.Contracts.Sharing;

namespace Concord.Agreements.Domain;

/// <summary>A statute or regulation that allows partnership data to be shared, and the purposes it can serve.</summary>
public sealed class LegalGateway
{
    /// <summary>E.g. <c>GB-POCA-330</c>: upper-case letters, digits and hyphens; never changes.</summary>
    public required string Code { get; set; }

    /// <summary>ISO 3166-1 alpha-2, or <c>EU</c> / <c>INT</c> for European and international law.</summary>
    public required string Jurisdiction { get; set; }

    /// <summary>E.g. "Proceeds of Crime Act 2002, s.330–331 (UK)".</summary>
    public required string Citation { get; set; }

    /// <summary>What the gateway allows, in a sentence.</summary>
    public required string Description { get; set; }

    public List<Purpose> Purposes { get; set; } = [];

    public DateTimeOffset RegisteredAt { get; set; }

    public required string RegisteredBy { get; set; }
}

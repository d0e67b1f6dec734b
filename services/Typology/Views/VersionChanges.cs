using Concord.Contracts.Typologies;

namespace Concord.Typology.Views;

/// <summary>What a version changed, field by field, against the one before it (none before version 1).</summary>
public sealed record VersionChanges(string Code, int Version, int? PreviousVersion, IReadOnlyList<TypologyChange> Changes);

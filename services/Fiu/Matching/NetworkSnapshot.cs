namespace Concord.Fiu.Matching;

/// <summary>The reports around a report that the reader may see, within a depth and a node budget, and the links between them.</summary>
internal sealed record NetworkSnapshot(NetworkReport Root, IReadOnlyList<NetworkReport> Reports, IReadOnlyList<ReportLink> Links, int Depth, bool Truncated);

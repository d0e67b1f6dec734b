namespace Concord.Fiu.Matching;

/// <summary>What indexing a batch of reports did.</summary>
/// <param name="Identifiers">Rows added to the subject index.</param>
/// <param name="Links">Links made to earlier reports (or to earlier reports of the same batch).</param>
/// <param name="NameCandidatesScored">Names brought together by a blocking key and scored.</param>
/// <param name="CommonKeys">Keys shared by more earlier identifiers than matching follows (names: skipped; strong identifiers: only the most recent followed).</param>
public readonly record struct MatchSummary(int Identifiers, int Links, int NameCandidatesScored, int CommonKeys);

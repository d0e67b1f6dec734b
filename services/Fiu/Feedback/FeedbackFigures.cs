namespace Concord.Fiu.Feedback;

/// <summary>Feedback figures per bank for reports received in [<see cref="From"/>, <see cref="To"/>) (either end open when not given).</summary>
public sealed record FeedbackFigures(DateTimeOffset? From, DateTimeOffset? To, IReadOnlyList<BankFeedbackFigures> Banks);

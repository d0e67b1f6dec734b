namespace Concord.Fiu.Requests;

/// <summary>One bank of a request in a list: who, and where its answer stands.</summary>
public sealed record RecipientSummary(string Bank, string Reference, RecipientStatus Status, DateTimeOffset? AnsweredAt);

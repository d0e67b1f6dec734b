namespace Concord.BankGateway.Inbox;

/// <summary>What the bank gets back for its answer: when it was taken, and whether it was a repeat of an answer already sent.</summary>
public sealed record AnswerReceipt(string Reference, DateTimeOffset AnsweredAt, int Matches, int NoMatches, bool Duplicate);

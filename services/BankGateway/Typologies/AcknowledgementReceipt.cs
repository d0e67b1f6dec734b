namespace Concord.BankGateway.Typologies;

/// <summary>What the bank gets back for its acknowledgement: which version, when, and by whom.</summary>
public sealed record AcknowledgementReceipt(string Code, int Version, DateTimeOffset AcknowledgedAt, string AcknowledgedBy);

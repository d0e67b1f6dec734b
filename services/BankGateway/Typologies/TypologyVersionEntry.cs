namespace Concord.BankGateway.Typologies;

/// <summary>One version of a typology the bank holds, as listed beside the version shown.</summary>
public sealed record TypologyVersionEntry(int Version, TypologyStatus Status, DateTimeOffset ReceivedAt, bool Acknowledged);

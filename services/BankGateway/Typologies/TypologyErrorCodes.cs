namespace Concord.BankGateway.Typologies;

/// <summary>The stable codes of the reasons an acknowledgement is refused; messages may change, codes do not.</summary>
public static class TypologyErrorCodes
{
    public const string AlreadyAcknowledged = "AlreadyAcknowledged";

    public const string Withdrawn = "Withdrawn";

    /// <summary>A later version reached the bank; it is the one to acknowledge.</summary>
    public const string Superseded = "Superseded";
}

using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>A message was not sent: its envelope gives no basis to share it with one of its recipients.</summary>
public sealed class LegalBasisDeniedException : Exception
{
    public LegalBasisDeniedException()
    {
    }

    public LegalBasisDeniedException(string message)
        : base(message)
    {
    }

    public LegalBasisDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LegalBasisDeniedException(string messageType, string recipient, DenyReasons reasons)
        : base($"{messageType} was not sent to {recipient}: {string.Join(" ", reasons.Split().Select(reason => reason.Describe()))}")
    {
        Recipient = recipient;
        Reasons = reasons;
    }

    public string Recipient { get; } = "";

    public DenyReasons Reasons { get; }
}

using Concord.Fiu.Domain;

namespace Concord.Fiu.Requests;

/// <summary>
/// Request references look like <c>RFI-2026-7KQ2M9XW4T</c>: the year and ten random Crockford base32 characters
/// (50 bits), like FIU references. Random, so that a bank learns nothing from its reference about other requests or
/// other banks; the analysts' reference and every bank's copy each get one of their own.
/// </summary>
public static class RequestReference
{
    public static string New(DateTimeOffset now) => RandomReference.New("RFI", now);
}

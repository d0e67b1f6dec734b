using Concord.Fiu.Domain;

namespace Concord.Fiu.Disseminations;

/// <summary>
/// Dissemination references look like <c>DIS-2026-7KQ2M9XW4T</c>: the year and ten random Crockford base32 characters,
/// like the FIU's other references, so a task force learns nothing from one about the FIU's other disseminations.
/// </summary>
public static class DisseminationReference
{
    public static string New(DateTimeOffset now) => RandomReference.New("DIS", now);
}

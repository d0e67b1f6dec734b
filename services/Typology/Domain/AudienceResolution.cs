using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.Typology.Domain;

/// <summary>
/// Who an audience means now: the organisations the FIU may send the version to, each with the envelope it travels
/// under; the organisations considered and refused, with the decision's reasons; and the field errors that stop
/// publication (a named organisation without a basis, an unknown task force, nobody left).
/// </summary>
public sealed record AudienceResolution(
    IReadOnlyList<ResolvedRecipient> Recipients,
    IReadOnlyList<(string Organisation, Decision Decision)> Refused,
    IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>An organisation of the audience the FIU may send the version to, and the basis it goes under.</summary>
/// <param name="ByGateway">
/// True for a reporting entity, whose bank gateway inbox receives its copy over the bus; false for another partner (a
/// police unit of a task force), which reads its copy from this service's read API: no service of its own consumes
/// typology messages, and the gateway would refuse (and quarantine) a copy for an organisation it does not serve.
/// </param>
public sealed record ResolvedRecipient(string Organisation, SharingEnvelope Envelope, Decision Decision, bool ByGateway = true);

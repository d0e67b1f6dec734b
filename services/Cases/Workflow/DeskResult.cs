using Concord.Cases.Domain;

namespace Concord.Cases.Workflow;

/// <summary>What a command on the desk came to: the case as it now stands, or the refusal (nothing stored).</summary>
public sealed record DeskResult(CaseState? State, CaseRejection? Rejection)
{
    public static DeskResult Done(CaseState state) => new(state, null);

    public static DeskResult Refused(CaseRejection rejection) => new(null, rejection);

    /// <summary>The refusal for a case the caller's organisation may not see: the same as for a case that does not exist.</summary>
    public static DeskResult NotFound() =>
        Refused(CaseRejection.Of(RejectionKind.NotFound, "", CaseErrorCodes.CaseNotFound, "No such case."));
}

namespace Concord.Fiu.Requests;

/// <summary>
/// The body of <c>POST /api/v1/information-requests</c>. Every member is optional here so that a missing one is a
/// field error naming it, not a default value taken silently.
/// </summary>
public sealed record NewInformationRequest
{
    /// <summary>The agreement's code, e.g. <c>AGR-GB-JMLIT-2026</c>.</summary>
    public string? Agreement { get; init; }

    /// <summary>The banks to ask; or <see cref="AllBanks"/>.</summary>
    public IReadOnlyList<string?>? Banks { get; init; }

    /// <summary>Ask every bank of the agreement that the agreement lets the FIU ask.</summary>
    public bool? AllBanks { get; init; }

    public IReadOnlyList<SubjectBody?>? Subjects { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset? Deadline { get; init; }
}

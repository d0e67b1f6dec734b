using Concord.Typology.Domain;

namespace Concord.Typology.Authoring;

/// <summary>
/// The four-eyes rule: a draft is reviewed (approved or returned) only while in review, and only by an analyst who
/// neither wrote, edited nor submitted it.
/// </summary>
public static class FourEyes
{
    /// <summary>Why <paramref name="reviewer"/> may not review the draft now; null when they may.</summary>
    public static DeskResult? Refusal(string code, DraftState? state, IReadOnlyCollection<string> contributors, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(contributors);
        if (state != DraftState.InReview)
        {
            return DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.NotInReview,
                state is null ? $"{code} has no draft to review." : $"The draft of {code} is {state}, not in review: its author submits it first.");
        }

        return contributors.Contains(reviewer, StringComparer.Ordinal)
            ? DeskResult.Refused(DeskOutcome.SelfApproval, TypologyErrorCodes.SelfApproval,
                $"Four eyes: {reviewer} wrote or submitted this draft of {code}, so another analyst reviews it.")
            : null;
    }
}

using Concord.Typology.Authoring;
using Concord.Typology.Domain;
using Xunit;

namespace Concord.Typology.Tests.Domain;

public sealed class FourEyesTests
{
    private static readonly string[] Writers = ["fiu-gb-analyst-1", "fiu-gb-analyst-3"];

    [Fact]
    public void Refusal_WhenAnotherAnalystReviewsADraftInReview_IsNone() =>
        Assert.Null(FourEyes.Refusal("T-2026-001", DraftState.InReview, Writers, "fiu-gb-analyst-2"));

    [Theory]
    [InlineData("fiu-gb-analyst-1")]
    [InlineData("fiu-gb-analyst-3")]
    public void Refusal_WhenTheReviewerWroteOrEditedTheDraft_IsSelfApproval(string reviewer)
    {
        var refusal = FourEyes.Refusal("T-2026-001", DraftState.InReview, Writers, reviewer);

        Assert.Equal((DeskOutcome.SelfApproval, TypologyErrorCodes.SelfApproval), (refusal!.Outcome, refusal.Errors.Single().Code));
        Assert.Contains(reviewer, refusal.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DraftState.Draft)]
    [InlineData(DraftState.Returned)]
    [InlineData(null)]
    public void Refusal_WhenTheDraftIsNotInReview_IsAConflict(DraftState? state)
    {
        var refusal = FourEyes.Refusal("T-2026-001", state, Writers, "fiu-gb-analyst-2");

        Assert.Equal((DeskOutcome.Conflict, TypologyErrorCodes.NotInReview), (refusal!.Outcome, refusal.Errors.Single().Code));
    }
}

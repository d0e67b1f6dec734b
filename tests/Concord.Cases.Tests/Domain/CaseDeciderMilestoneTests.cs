using Concord.Cases.Domain;
using Xunit;
using static Concord.Cases.Domain.CaseMilestone;

namespace Concord.Cases.Tests.Domain;

public sealed class CaseDeciderMilestoneTests
{
    /// <summary>Every legal move, from a case that got to its starting point by legal moves.</summary>
    public static TheoryData<CaseMilestone[], CaseMilestone> LegalMoves() => new()
    {
        { [], UnderInvestigation },
        { [UnderInvestigation], ReferredToProsecution },
        { [UnderInvestigation], AssetsFrozen },
        { [UnderInvestigation, ReferredToProsecution], Charged },
        { [UnderInvestigation, ReferredToProsecution], AssetsFrozen },
        { [UnderInvestigation, ReferredToProsecution, Charged], AssetsFrozen },
        { [UnderInvestigation, ReferredToProsecution, Charged, AssetsFrozen], AssetsRecovered },
        { [UnderInvestigation, AssetsFrozen], ReferredToProsecution },
        { [UnderInvestigation, AssetsFrozen], AssetsRecovered },
        { [UnderInvestigation, ReferredToProsecution, AssetsFrozen], Charged },
        { [UnderInvestigation, AssetsFrozen, ReferredToProsecution], Charged },
        { [UnderInvestigation, AssetsFrozen, ReferredToProsecution, Charged], AssetsRecovered },
    };

    public static TheoryData<CaseMilestone[], CaseMilestone> IllegalMoves() => new()
    {
        { [], Charged },
        { [], ReferredToProsecution },
        { [], AssetsFrozen },
        { [], AssetsRecovered },
        { [], CaseMilestone.Opened },
        { [UnderInvestigation], UnderInvestigation },
        { [UnderInvestigation], Charged },
        { [UnderInvestigation], AssetsRecovered },
        { [UnderInvestigation, ReferredToProsecution], UnderInvestigation },
        { [UnderInvestigation, ReferredToProsecution, Charged], AssetsRecovered },
        { [UnderInvestigation, ReferredToProsecution, Charged], ReferredToProsecution },
        { [UnderInvestigation, AssetsFrozen], Charged },
        { [UnderInvestigation, AssetsFrozen], AssetsFrozen },
        { [UnderInvestigation, AssetsFrozen, AssetsRecovered], Charged },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Decide_WhenTheMoveIsLegal_ReachesTheMilestoneWithWhoAndWhen(CaseMilestone[] path, CaseMilestone to)
    {
        var state = Cases.Through(path);

        var decision = CaseDecider.Decide(state, new ChangeMilestone { To = to }, Cases.Lead, Cases.At);

        var reached = Assert.IsType<MilestoneReached>(Assert.Single(decision.Events));
        Assert.Equal((state.Milestone, to, "alice", "police-ecu", Cases.At), (reached.From, reached.To, reached.By, reached.ByOrganisation, reached.At));
        Assert.Equal(to, CaseDecider.Evolve(state, reached).Milestone);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Decide_WhenTheMoveIsIllegal_IsRefusedNamingBothMilestones(CaseMilestone[] path, CaseMilestone to)
    {
        var state = Cases.Through(path);

        var decision = CaseDecider.Decide(state, new ChangeMilestone { To = to }, Cases.Lead, Cases.At);

        Assert.Empty(decision.Events);
        var rejection = decision.Rejection!;
        Assert.Equal((RejectionKind.Conflict, CaseErrorCodes.IllegalMilestoneTransition, state.Milestone, to), (rejection.Kind, rejection.Code, rejection.From!.Value, rejection.To!.Value));
        Assert.Contains($"{state.Milestone} cannot move to {to}", rejection.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new CaseMilestone[0], CaseOutcome.NoFurtherAction)]
    [InlineData(new[] { UnderInvestigation }, CaseOutcome.NoFurtherAction)]
    [InlineData(new[] { UnderInvestigation, ReferredToProsecution }, CaseOutcome.Other)]
    [InlineData(new[] { UnderInvestigation, ReferredToProsecution, Charged }, CaseOutcome.Convicted)]
    [InlineData(new[] { UnderInvestigation, ReferredToProsecution, Charged }, CaseOutcome.Acquitted)]
    [InlineData(new[] { UnderInvestigation, AssetsFrozen, AssetsRecovered }, CaseOutcome.AssetsRecovered)]
    public void Decide_WhenClosingWithAnOutcomeAndReason_ClosesTheCase(CaseMilestone[] path, CaseOutcome outcome)
    {
        var state = Cases.Through(path);

        var decision = CaseDecider.Decide(state, new ChangeMilestone { To = Closed, Outcome = outcome, Reason = "  The evidence decided it.  " }, Cases.Lead, Cases.At);

        var closed = Assert.IsType<CaseClosed>(Assert.Single(decision.Events));
        Assert.Equal((state.Milestone, outcome, "The evidence decided it.", "alice"), (closed.From, closed.Outcome, closed.Reason, closed.By));
        var after = CaseDecider.Evolve(state, closed);
        Assert.Equal((Closed, outcome, (DateTimeOffset?)Cases.At), (after.Milestone, after.Outcome, after.ClosedAt));
    }

    [Fact]
    public void Decide_WhenClosingWithoutOutcomeOrReason_IsRefusedWithBothFieldErrors()
    {
        var decision = CaseDecider.Decide(Cases.Through(UnderInvestigation), new ChangeMilestone { To = Closed }, Cases.Lead, Cases.At);

        Assert.Equal(RejectionKind.Invalid, decision.Rejection!.Kind);
        Assert.Equal(
            [("outcome", CaseErrorCodes.OutcomeRequired), ("reason", CaseErrorCodes.ReasonRequired)],
            decision.Rejection.Errors.Select(e => (e.Path, e.Code)));
        Assert.Empty(decision.Events);
    }

    [Theory]
    [InlineData(CaseOutcome.Convicted)]
    [InlineData(CaseOutcome.Acquitted)]
    [InlineData(CaseOutcome.AssetsRecovered)]
    public void Decide_WhenTheOutcomeDoesNotFitTheCase_IsRefused(CaseOutcome outcome)
    {
        var decision = CaseDecider.Decide(Cases.Through(UnderInvestigation), new ChangeMilestone { To = Closed, Outcome = outcome, Reason = "Because." }, Cases.Lead, Cases.At);

        Assert.Equal(("outcome", CaseErrorCodes.OutcomeInconsistent), (decision.Rejection!.Errors[0].Path, decision.Rejection.Code));
    }

    [Fact]
    public void Decide_WhenAnOutcomeIsGivenWithoutClosing_IsRefused()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new ChangeMilestone { To = UnderInvestigation, Outcome = CaseOutcome.Other }, Cases.Lead, Cases.At);

        Assert.Equal(CaseErrorCodes.OutcomeOnlyWhenClosing, decision.Rejection!.Code);
    }

    [Theory]
    [InlineData(UnderInvestigation)]
    [InlineData(Closed)]
    public void Decide_WhenTheCaseIsClosed_RefusesEveryMove(CaseMilestone to)
    {
        var closed = Cases.Run(Cases.Through(UnderInvestigation), Cases.Lead, new ChangeMilestone { To = Closed, Outcome = CaseOutcome.NoFurtherAction, Reason = "Insufficient evidence." });

        var decision = CaseDecider.Decide(closed, new ChangeMilestone { To = to, Outcome = CaseOutcome.Other, Reason = "Again." }, Cases.Lead, Cases.At);

        Assert.Equal((RejectionKind.Conflict, CaseErrorCodes.CaseClosed), (decision.Rejection!.Kind, decision.Rejection.Code));
    }

    [Fact]
    public void Decide_WhenTheProsecutorRecordsTheCharge_IsAccepted_ButNoOtherMove()
    {
        var referred = Cases.Through(UnderInvestigation, ReferredToProsecution);

        Assert.True(CaseDecider.Decide(referred, new ChangeMilestone { To = Charged }, Cases.Prosecutor, Cases.At).IsAccepted);
        Assert.Equal(CaseErrorCodes.RoleNotPermitted, CaseDecider.Decide(referred, new ChangeMilestone { To = AssetsFrozen }, Cases.Prosecutor, Cases.At).Rejection!.Code);
    }

    [Fact]
    public void Decide_WhenAnObserverMovesTheCase_IsForbidden()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new ChangeMilestone { To = UnderInvestigation }, Cases.Observer, Cases.At);

        Assert.Equal((RejectionKind.Forbidden, CaseErrorCodes.RoleNotPermitted), (decision.Rejection!.Kind, decision.Rejection.Code));
    }
}

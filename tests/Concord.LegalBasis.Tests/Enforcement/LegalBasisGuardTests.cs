using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Enforcement;

public sealed class LegalBasisGuardTests
{
    private static LegalBasisGuard Guard(DateTimeOffset? clock = null)
    {
        var holder = new AgreementReplicaHolder();
        holder.Replace(Replica(currentAsOf: (clock ?? Now).AddMinutes(-1)));
        return new LegalBasisGuard(holder, new FixedClock(clock ?? Now), MaxStaleness);
    }

    private static SharingEnvelope Envelope() => FilingEnvelope();

    [Fact]
    public void Decide_WhenTheRecipientReceivesACoveredEnvelope_Permits()
    {
        var decision = Guard().Decide(Envelope(), AccessAction.Receive, "fiu-gb", "fiu-gb");

        Assert.True(decision.IsPermitted);
        Assert.Equal(Now.AddDays(1825), decision.Obligations.RetainUntil);
    }

    [Fact]
    public void Decide_WhenTheEnvelopeDoesNotAddressTheRecipient_Denies()
    {
        var decision = Guard().Decide(Envelope() with { Recipients = ["police-gb"] }, AccessAction.Receive, "fiu-gb", "fiu-gb");

        Assert.Equal(DenyReasons.RecipientNotAddressed, decision.Reasons);
    }

    [Fact]
    public void Decide_WhenTheEnvelopeKeepsTheDataLongerThanAllowed_Denies()
    {
        var decision = Guard().Decide(Envelope() with { RetainUntil = Now.AddDays(1826) }, AccessAction.Receive, "fiu-gb", "fiu-gb");

        Assert.Equal(DenyReasons.RetentionExceedsAgreement, decision.Reasons);
    }

    [Fact]
    public void Decide_AtTheServicesOwnClock_NotTheSenders()
    {
        // The sender computed the retention a day earlier; here, a day later, the same envelope is within bounds.
        var decision = Guard(Now.AddDays(1)).Decide(Envelope() with { RetainUntil = Now.AddDays(1826) }, AccessAction.Receive, "fiu-gb", "fiu-gb");

        Assert.True(decision.IsPermitted);
        Assert.Equal(Now.AddDays(1 + 1825), decision.Obligations.RetainUntil);
    }

    [Fact]
    public void Decide_WhenTheEnvelopeIsMissingOrMalformed_DeniesWithoutThrowing()
    {
        var guard = Guard();

        Assert.Equal(DenyReasons.EnvelopeIncomplete, guard.Decide(null, AccessAction.Receive, "fiu-gb", "fiu-gb").Reasons);
        Assert.Equal(DenyReasons.EnvelopeIncomplete, guard.Decide(Envelope() with { DataCategories = null! }, AccessAction.Receive, "fiu-gb", "fiu-gb").Reasons);
        Assert.Equal(DenyReasons.EnvelopeIncomplete, guard.Decide(Envelope() with { Handling = null! }, AccessAction.Receive, "fiu-gb", "fiu-gb").Reasons);
        Assert.Equal(DenyReasons.EnvelopeIncomplete, guard.Decide(Envelope() with { DataCategories = [(DataCategory)99] }, AccessAction.Receive, "fiu-gb", "fiu-gb").Reasons);
        Assert.Equal(DenyReasons.EnvelopeIncomplete, guard.Decide(Envelope() with { Sender = null! }, AccessAction.Receive, "fiu-gb", "fiu-gb").Reasons);
    }

    [Fact]
    public void DecideForEachRecipient_WhenOneRecipientIsOutside_DeniesThatOneOnly()
    {
        var decisions = Guard().DecideForEachRecipient(Envelope() with { Recipients = ["fiu-gb", "fiu-fr", "fiu-gb"] }, "bank-alpha");

        Assert.Equal(2, decisions.Count);
        Assert.True(decisions.Single(d => d.Recipient == "fiu-gb").Decision.IsPermitted);
        Assert.Equal(DenyReasons.RecipientNotParty, decisions.Single(d => d.Recipient == "fiu-fr").Decision.Reasons);
    }

    [Fact]
    public void Update_WhenTheAgreementIsSuspended_TheNextDecisionDenies()
    {
        var holder = new AgreementReplicaHolder();
        holder.Replace(Replica());
        var guard = new LegalBasisGuard(holder, new FixedClock(Now), MaxStaleness);

        holder.Update(replica => replica.With(Agreement(Contracts.Agreements.AgreementStatus.Suspended) with { Version = 2 }, Now));

        Assert.Equal(DenyReasons.AgreementSuspended, guard.Decide(Envelope(), AccessAction.Receive, "fiu-gb", "fiu-gb").Reasons);
    }

    [Fact]
    public void Record_ForADenial_NamesEveryReasonByCode()
    {
        var decision = Guard().Decide(Envelope() with { Purpose = Purpose.Analysis, Recipients = ["police-gb"] }, AccessAction.Receive, "fiu-gb", "fiu-gb");

        var record = DecisionAudit.Record(decision, "fiu-gb", "receive SuspiciousActivityReported", "fiu-gb", "report:CR-2026-0000000001", Now);

        Assert.Equal(AuditOutcome.Denied, record.Outcome);
        Assert.Equal("purpose-not-covered,recipient-not-addressed", record.Reasons);
        Assert.Equal(AgreementId, record.AgreementId);
        Assert.Equal("receive SuspiciousActivityReported for fiu-gb", record.Action);
    }
}

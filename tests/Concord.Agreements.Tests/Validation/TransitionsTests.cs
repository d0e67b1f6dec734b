using Concord.Agreements.Domain;
using Concord.Agreements.Lifecycle;
using Concord.Contracts.Agreements;
using Xunit;

namespace Concord.Agreements.Tests.Validation;

/// <summary>Which status changes the lifecycle allows, for every status and target.</summary>
public sealed class TransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<AgreementStatus, AgreementStatus, bool> Table()
    {
        var table = new TheoryData<AgreementStatus, AgreementStatus, bool>();
        var allowed = new HashSet<(AgreementStatus, AgreementStatus)>
        {
            (AgreementStatus.Active, AgreementStatus.Suspended),
            (AgreementStatus.Suspended, AgreementStatus.Active),
            (AgreementStatus.Active, AgreementStatus.Terminated),
            (AgreementStatus.Suspended, AgreementStatus.Terminated),
            (AgreementStatus.Active, AgreementStatus.Expired),
            (AgreementStatus.Suspended, AgreementStatus.Expired),
        };
        foreach (var from in Enum.GetValues<AgreementStatus>())
        {
            foreach (var to in Enum.GetValues<AgreementStatus>())
            {
                table.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return table;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Refusal_AllowsExactlyTheLifecycleTransitions(AgreementStatus from, AgreementStatus to, bool allowed)
    {
        var agreement = Agreement(from, inForceUntil: Now.AddSeconds(-1));

        var refusal = Transitions.Refusal(agreement, to, Now);

        Assert.Equal(allowed, refusal is null);
        if (refusal is not null && to != AgreementStatus.Draft)
        {
            Assert.StartsWith($"The agreement is {from};", refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Refusal_OfExpiry_WhileStillInForce_SaysUntilWhen()
    {
        var refusal = Transitions.Refusal(Agreement(AgreementStatus.Active, Now.AddDays(1)), AgreementStatus.Expired, Now);

        Assert.Equal($"The agreement is in force until {Now.AddDays(1):O}.", refusal);
    }

    [Fact]
    public void StoredTime_DropsWhatPostgreSqlDoesNotKeep()
    {
        var moment = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);

        var stored = moment.ToStoredPrecision();

        Assert.Equal(moment.UtcTicks - 7, stored.UtcTicks);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
    }

    private static Agreement Agreement(AgreementStatus status, DateTimeOffset inForceUntil) => new()
    {
        Code = "AGR-1",
        Title = "Test",
        CreatedBy = "test",
        Status = status,
        VersionInForce = status == AgreementStatus.Draft ? null : 1,
        InForceUntil = status == AgreementStatus.Draft ? null : inForceUntil,
    };
}

using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Replication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.Testing;

/// <summary>
/// The statutory agreements of the demo (each bank reports to fiu-gb under GB-POCA-330), for service tests that run
/// without the Agreements service: a snapshot source that always answers with them, current as of the moment asked.
/// </summary>
public static class DemoAgreements
{
    public const string Fiu = "fiu-gb";
    public const string Gateway = "GB-POCA-330";

    public static Guid StatutoryId(string bank) => bank switch
    {
        "bank-alpha" => Guid.Parse("5d1c0a3e-0000-4000-8000-00000000a1fa"),
        "bank-beta" => Guid.Parse("5d1c0a3e-0000-4000-8000-0000000000be"),
        _ => throw new ArgumentException($"The demo has no statutory agreement for {bank}.", nameof(bank)),
    };

    public static AgreementTerms Statutory(string bank, AgreementStatus status = AgreementStatus.Active) => new()
    {
        AgreementId = StatutoryId(bank),
        Version = 1,
        Code = $"AGR-GB-STAT-{bank["bank-".Length..].ToUpperInvariant()}",
        Title = $"Statutory reporting: {bank} to {Fiu}",
        Kind = AgreementKind.Statutory,
        Status = status,
        Parties = [new AgreementParty { OrganisationId = bank, Kind = OrganisationKind.Bank }, new AgreementParty { OrganisationId = Fiu, Kind = OrganisationKind.Fiu }],
        LegalGateways = [Gateway],
        ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ValidUntil = new DateTimeOffset(2031, 12, 31, 0, 0, 0, TimeSpan.Zero),
        Flows =
        [
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = bank },
                To = new FlowParty { OrganisationId = Fiu },
                Purposes = [Purpose.SuspicionReporting],
                Categories = [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative, DataCategory.TypologyIndicators],
                MaxMarking = Tlp.AmberStrict,
                OnwardSharing = OnwardSharingRule.WithinAgreement,
                RetentionDays = 2190,
            },
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = Fiu },
                To = new FlowParty { OrganisationId = bank },
                Purposes = [Purpose.Feedback],
                Categories = [DataCategory.Outcome],
                MaxMarking = Tlp.Amber,
                OnwardSharing = OnwardSharingRule.Prohibited,
                RetentionDays = 2190,
            },
        ],
    };

    /// <summary>The envelope a bank's filing travels under, as the gateway puts it on.</summary>
    public static SharingEnvelope FilingEnvelope(string bank, DateTimeOffset? filedAt = null) => new()
    {
        AgreementId = StatutoryId(bank),
        AgreementVersion = 1,
        LegalGateway = Gateway,
        Purpose = Purpose.SuspicionReporting,
        DataCategories = [DataCategory.Narrative, DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.TypologyIndicators],
        Originator = bank,
        Sender = bank,
        Recipients = [Fiu],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.WithinAgreement },
        RetainUntil = (filedAt ?? DateTimeOffset.UtcNow).AddDays(2190),
    };

    /// <summary>The envelope the FIU's answer to a bank travels under.</summary>
    public static SharingEnvelope FeedbackEnvelope(string bank) => new()
    {
        AgreementId = StatutoryId(bank),
        AgreementVersion = 1,
        LegalGateway = Gateway,
        Purpose = Purpose.Feedback,
        DataCategories = [DataCategory.Outcome],
        Originator = Fiu,
        Sender = Fiu,
        Recipients = [bank],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.Prohibited },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(2000),
    };

    /// <summary>Replaces the service's snapshot source with one that serves <paramref name="agreements"/> (the demo's by default).</summary>
    public static IServiceCollection ServeDemoAgreements(this IServiceCollection services, params AgreementTerms[] agreements)
    {
        services.RemoveAll<IAgreementSnapshotSource>();
        services.AddSingleton<IAgreementSnapshotSource>(new FixedSnapshotSource(agreements.Length > 0 ? agreements : [Statutory("bank-alpha"), Statutory("bank-beta")]));
        return services;
    }

    /// <summary>The settings a gateway or FIU test host needs for the legal-basis layer; the snapshot source is replaced.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(string service) =>
    [
        new("Concord:Agreements:Address", "http://127.0.0.1:9"),
        new("Concord:Agreements:ClientId", $"{service}-test"),
        new("Concord:Agreements:ClientSecret", "not-used: the snapshot source is replaced"),
        new("Concord:Agreements:RequireHttps", "false"),
        new("Concord:Agreements:RefreshInterval", "00:00:30"),
        new("Concord:Audit:Service", service),
    ];

    private sealed class FixedSnapshotSource(IReadOnlyList<AgreementTerms> agreements) : IAgreementSnapshotSource
    {
        public Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new AgreementReplica(agreements, [], DateTimeOffset.UtcNow, 1));
    }
}

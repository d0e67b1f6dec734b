using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Google.Protobuf.WellKnownTypes;
using Proto = Concord.Contracts.Grpc.Agreements.V1;

namespace Concord.LegalBasis.Replication;

/// <summary>
/// The agreement records in their gRPC shape and back: the Agreements service writes snapshots with
/// <see cref="ToProto(AgreementTerms)"/>, every replica reads them with <see cref="FromProto(Proto.Agreement)"/>.
/// </summary>
public static class AgreementProto
{
    public static Proto.Agreement ToProto(AgreementTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var agreement = new Proto.Agreement
        {
            AgreementId = terms.AgreementId.ToString(),
            Version = terms.Version,
            Revision = terms.Revision,
            Code = terms.Code,
            Title = terms.Title,
            Kind = (Proto.AgreementKind)((int)terms.Kind + 1),
            Status = (Proto.AgreementStatus)((int)terms.Status + 1),
            ValidFrom = Timestamp.FromDateTimeOffset(terms.ValidFrom),
            ValidUntil = Timestamp.FromDateTimeOffset(terms.ValidUntil),
        };
        agreement.Parties.AddRange(terms.Parties.Select(party => new Proto.Party { OrganisationId = party.OrganisationId, Kind = ToProto(party.Kind) }));
        agreement.LegalGateways.AddRange(terms.LegalGateways);
        agreement.Flows.AddRange(terms.Flows.Select(ToProto));
        return agreement;
    }

    public static Proto.Consent ToProto(OnwardSharingConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var proto = new Proto.Consent
        {
            ConsentId = consent.ConsentId.ToString(),
            Originator = consent.Originator,
            Recipient = consent.Recipient,
            Purpose = (Proto.Purpose)((int)consent.Purpose + 1),
            GrantedAt = Timestamp.FromDateTimeOffset(consent.GrantedAt),
            ExpiresAt = Timestamp.FromDateTimeOffset(consent.ExpiresAt),
        };
        if (consent.RevokedAt is { } revoked)
        {
            proto.RevokedAt = Timestamp.FromDateTimeOffset(revoked);
        }

        return proto;
    }

    /// <exception cref="FormatException">The message holds a value these records cannot (an unknown enum value, a bad id).</exception>
    public static AgreementTerms FromProto(Proto.Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new AgreementTerms
        {
            AgreementId = Guid.Parse(agreement.AgreementId),
            Version = agreement.Version,
            Revision = agreement.Revision,
            Code = agreement.Code,
            Title = agreement.Title,
            Kind = Enum<AgreementKind>((int)agreement.Kind),
            Status = Enum<AgreementStatus>((int)agreement.Status),
            Parties = [.. agreement.Parties.Select(party => new AgreementParty { OrganisationId = party.OrganisationId, Kind = FromProto(party.Kind) })],
            LegalGateways = [.. agreement.LegalGateways],
            ValidFrom = Required(agreement.ValidFrom, "valid_from"),
            ValidUntil = Required(agreement.ValidUntil, "valid_until"),
            Flows = [.. agreement.Flows.Select(FromProto)],
        };
    }

    /// <exception cref="FormatException">The message holds a value these records cannot.</exception>
    public static OnwardSharingConsent FromProto(Proto.Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new OnwardSharingConsent
        {
            ConsentId = Guid.Parse(consent.ConsentId),
            Originator = consent.Originator,
            Recipient = consent.Recipient,
            Purpose = Enum<Purpose>((int)consent.Purpose),
            GrantedAt = Required(consent.GrantedAt, "granted_at"),
            ExpiresAt = Required(consent.ExpiresAt, "expires_at"),
            RevokedAt = consent.RevokedAt?.ToDateTimeOffset(),
        };
    }

    private static Proto.Flow ToProto(AgreementFlow flow)
    {
        var proto = new Proto.Flow
        {
            From = ToProto(flow.From),
            To = ToProto(flow.To),
            MaxMarking = (Proto.Tlp)((int)flow.MaxMarking + 1),
            OnwardSharing = (Proto.OnwardSharingRule)((int)flow.OnwardSharing + 1),
            RetentionDays = flow.RetentionDays,
        };
        proto.Purposes.AddRange(flow.Purposes.Select(purpose => (Proto.Purpose)((int)purpose + 1)));
        proto.Categories.AddRange(flow.Categories.Select(category => (Proto.DataCategory)((int)category + 1)));
        proto.Retention.AddRange(flow.Retention.Select(retention => new Proto.CategoryRetention
        {
            Category = (Proto.DataCategory)((int)retention.Category + 1),
            Days = retention.Days,
        }));
        return proto;
    }

    private static AgreementFlow FromProto(Proto.Flow flow) => new()
    {
        From = FromProto(flow.From ?? throw new FormatException("A flow has no 'from' party.")),
        To = FromProto(flow.To ?? throw new FormatException("A flow has no 'to' party.")),
        Purposes = [.. flow.Purposes.Select(purpose => Enum<Purpose>((int)purpose))],
        Categories = [.. flow.Categories.Select(category => Enum<DataCategory>((int)category))],
        MaxMarking = Enum<Tlp>((int)flow.MaxMarking),
        OnwardSharing = Enum<OnwardSharingRule>((int)flow.OnwardSharing),
        RetentionDays = flow.RetentionDays,
        Retention = [.. flow.Retention.Select(retention => new CategoryRetention { Category = Enum<DataCategory>((int)retention.Category), Days = retention.Days })],
    };

    private static Proto.FlowParty ToProto(FlowParty party) => party.OrganisationId is { } organisation
        ? new Proto.FlowParty { OrganisationId = organisation }
        : new Proto.FlowParty { Kind = ToProto(party.Kind ?? throw new ArgumentException("A flow party names neither an organisation nor a kind.", nameof(party))) };

    private static FlowParty FromProto(Proto.FlowParty party) => party.PartyCase switch
    {
        Proto.FlowParty.PartyOneofCase.OrganisationId => new FlowParty { OrganisationId = party.OrganisationId },
        Proto.FlowParty.PartyOneofCase.Kind => new FlowParty { Kind = FromProto(party.Kind) },
        _ => throw new FormatException("A flow party names neither an organisation nor a kind."),
    };

    private static Proto.OrganisationKind ToProto(OrganisationKind kind) => (Proto.OrganisationKind)((int)kind + 1);

    private static OrganisationKind FromProto(Proto.OrganisationKind kind) => Enum<OrganisationKind>((int)kind);

    // Note: every proto enum is the C# enum shifted by one, with 0 kept for "unspecified" as proto3 asks.
    private static TEnum Enum<TEnum>(int value) where TEnum : struct, System.Enum =>
        value > 0 && System.Enum.IsDefined(typeof(TEnum), value - 1)
            ? (TEnum)System.Enum.ToObject(typeof(TEnum), value - 1)
            : throw new FormatException($"{value} is not a {typeof(TEnum).Name} value.");

    private static DateTimeOffset Required(Timestamp? timestamp, string field) =>
        timestamp?.ToDateTimeOffset() ?? throw new FormatException($"'{field}' is missing.");
}

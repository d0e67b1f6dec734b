using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Contracts.Agreements;
using Proto = Concord.Contracts.Grpc.Agreements.V1;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Replication;
using CsCheck;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Replication;

public sealed class AgreementProtoTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly Gen<AgreementFlow> Flows =
        from named in Gen.Bool
        from kind in Gen.Enum<OrganisationKind>()
        from purposes in Gen.Enum<Purpose>().Array[1, 4]
        from categories in Gen.Enum<DataCategory>().Array[1, 7]
        from marking in Gen.Enum<Tlp>()
        from onward in Gen.Enum<OnwardSharingRule>()
        from days in Gen.Int[1, 4000]
        from retention in Gen.Enum<DataCategory>().Array[0, 3]
        select new AgreementFlow
        {
            From = named ? new FlowParty { OrganisationId = "bank-alpha" } : new FlowParty { Kind = kind },
            To = named ? new FlowParty { Kind = kind } : new FlowParty { OrganisationId = "fiu-gb" },
            Purposes = purposes,
            Categories = categories,
            MaxMarking = marking,
            OnwardSharing = onward,
            RetentionDays = days,
            Retention = [.. retention.Select((category, i) => new CategoryRetention { Category = category, Days = days + i })],
        };

    private static readonly Gen<AgreementTerms> Terms =
        from id in Gen.Guid
        from version in Gen.Int[1, 50]
        from revision in Gen.Long[0, long.MaxValue]
        from kind in Gen.Enum<AgreementKind>()
        from status in Gen.Enum<AgreementStatus>()
        from flows in Flows.Array[0, 5]
        from days in Gen.Int[0, 100_000]
        select Agreement() with
        {
            AgreementId = id,
            Version = version,
            Revision = revision,
            Kind = kind,
            Status = status,
            ValidUntil = Now.AddDays(days),
            Flows = flows,
        };

    [Fact]
    public void Agreement_ThroughItsProtoAndBack_IsUnchanged()
    {
        Terms.Sample(terms => Assert.Equal(
            JsonSerializer.Serialize(terms, Json),
            JsonSerializer.Serialize(AgreementProto.FromProto(AgreementProto.ToProto(terms)), Json)));
    }

    [Fact]
    public void Consent_ThroughItsProtoAndBack_IsUnchanged()
    {
        var consent = Consent();
        var withdrawn = consent with { RevokedAt = Now.AddHours(1) };

        Assert.Equal(consent, AgreementProto.FromProto(AgreementProto.ToProto(consent)));
        Assert.Equal(withdrawn, AgreementProto.FromProto(AgreementProto.ToProto(withdrawn)));
    }

    [Fact]
    public void FromProto_WhenAValueIsUnspecifiedOrUnknown_Refuses()
    {
        var unspecified = AgreementProto.ToProto(Agreement());
        unspecified.Status = Proto.AgreementStatus.Unspecified;
        var unknown = AgreementProto.ToProto(Agreement());
        unknown.Flows[0].Purposes.Add((Proto.Purpose)99);
        var partyless = AgreementProto.ToProto(Agreement());
        partyless.Flows[0].From = new Proto.FlowParty();
        var badId = AgreementProto.ToProto(Agreement());
        badId.AgreementId = "not-a-guid";

        Assert.Throws<FormatException>(() => AgreementProto.FromProto(unspecified));
        Assert.Throws<FormatException>(() => AgreementProto.FromProto(unknown));
        Assert.Throws<FormatException>(() => AgreementProto.FromProto(partyless));
        Assert.Throws<FormatException>(() => AgreementProto.FromProto(badId));
    }
}

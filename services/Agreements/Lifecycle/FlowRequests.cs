using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;

namespace Concord.Agreements.Lifecycle;

/// <summary>A flow in force written back as a request, so that an amendment validates its copy like new content.</summary>
internal static class FlowRequests
{
    public static FlowRequest From(AgreementFlow flow) => new()
    {
        From = new FlowPartyRequest { OrganisationId = flow.From.OrganisationId, Kind = flow.From.Kind },
        To = new FlowPartyRequest { OrganisationId = flow.To.OrganisationId, Kind = flow.To.Kind },
        Purposes = flow.Purposes,
        Categories = flow.Categories,
        MaxMarking = flow.MaxMarking,
        OnwardSharing = flow.OnwardSharing,
        RetentionDays = flow.RetentionDays,
        Retention = [.. flow.Retention.Select(r => new RetentionRequest { Category = r.Category, Days = r.Days })],
    };
}

using Concord.Cases.Domain;
using Concord.Contracts.Requests;

namespace Concord.Cases.Views;

/// <summary>One bank's production request as its requester, or the bank, sees it.</summary>
public sealed record ProductionRequestView(
    Guid ProductionRequestId, string Reference, string BankOrganisationId, string Description, IReadOnlyList<RequestedSubject> Subjects,
    string? LegalInstrument, DateTimeOffset Deadline, ProductionRequestStatus Status, string RequestedBy, string RequestedByOrganisation,
    DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt, Guid? ItemId)
{
    public static ProductionRequestView From(ProductionRequestState request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = request.AnsweredAt is not null ? ProductionRequestStatus.Answered : now > request.Deadline ? ProductionRequestStatus.Overdue : ProductionRequestStatus.Open;
        return new(request.ProductionRequestId, request.Reference, request.BankOrganisationId, request.Description, request.Subjects, request.LegalInstrument,
            request.Deadline, status, request.RequestedBy, request.RequestedByOrganisation, request.RequestedAt, request.AnsweredAt, request.ItemId);
    }
}

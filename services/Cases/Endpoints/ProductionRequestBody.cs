using Concord.Contracts.Requests;

namespace Concord.Cases.Endpoints;

/// <summary>A production request: the banks asked (1–20), what to produce, about whom (1–100 subjects), under which instrument, by when.</summary>
public sealed record ProductionRequestBody(
    IReadOnlyList<string?>? BankOrganisationIds, string? Description, IReadOnlyList<RequestedSubject?>? Subjects, string? LegalInstrument, DateTimeOffset? Deadline);

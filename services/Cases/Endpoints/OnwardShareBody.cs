using Concord.Contracts.Sharing;

namespace Concord.Cases.Endpoints;

/// <summary>A request to pass an item on: to which member organisation, for which of the case's purposes, why, and until when (default 90 days).</summary>
public sealed record OnwardShareBody(string? RecipientOrganisationId, Purpose? Purpose, string? Justification, DateTimeOffset? RequestedUntil);

namespace Concord.Cases.Endpoints;

/// <summary>A dissemination to add to a case, by its reference.</summary>
public sealed record DisseminationReferenceBody(string? Reference);

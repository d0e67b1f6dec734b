namespace Concord.Fiu.Endpoints;

/// <summary>An edge of a report network.</summary>
/// <param name="From">A node id.</param>
/// <param name="To">A node id.</param>
/// <param name="Kind"><c>AppearsIn</c> (a subject, account or counterparty in its report), <c>Holds</c> (a subject holds an account) or <c>LinkedBy</c> (the two share an identifier, or a name that scored).</param>
/// <param name="IdentifierKind">For <c>LinkedBy</c>: the kind of identifier shared, or <c>PersonName</c>/<c>EntityName</c>.</param>
/// <param name="Value">For <c>LinkedBy</c>: the shared value as <see cref="From"/>'s report wrote it.</param>
/// <param name="Score">For a name: the similarity score.</param>
/// <param name="OtherBank">For <c>LinkedBy</c>: the two reports come from different banks.</param>
public sealed record NetworkEdge(string From, string To, string Kind, string? IdentifierKind = null, string? Value = null, double? Score = null, bool? OtherBank = null);

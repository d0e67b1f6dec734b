namespace Concord.Typology.Views;

/// <summary>A typology in the analysts' list: its status (Draft, Returned, InReview, Published, Withdrawn), version in force and draft.</summary>
public sealed record TypologySummary(string Code, string Title, string CrimeArea, string Status, int? CurrentVersion, string? DraftState, DateTimeOffset UpdatedAt);

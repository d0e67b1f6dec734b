using System.Text.Json;

namespace Concord.Cases.Views;

/// <summary>One event of a case's history: its number, type, who and when, and the event itself.</summary>
public sealed record TimelineEntry(int Sequence, string Type, string By, string ByOrganisation, DateTimeOffset At, JsonElement Event);

using Concord.Contracts.Sharing;

namespace Concord.Typology.Views;

public sealed record VersionSummary(int Version, string Title, Tlp Marking, string Audience, int Recipients, string SubmittedBy, string ApprovedBy, DateTimeOffset PublishedAt);

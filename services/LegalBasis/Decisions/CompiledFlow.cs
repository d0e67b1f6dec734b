using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Decisions;

/// <summary>An <see cref="AgreementFlow"/> in the shape the decision point reads without allocating.</summary>
internal sealed class CompiledFlow
{
    public const int MaxRetentionDays = 36_525;

    public CompiledFlow(AgreementFlow flow)
    {
        (FromOrganisation, FromKind) = Endpoint(flow.From, nameof(flow.From));
        (ToOrganisation, ToKind) = Endpoint(flow.To, nameof(flow.To));
        foreach (var purpose in flow.Purposes)
        {
            Purposes |= 1 << (int)purpose;
        }

        Categories = flow.Categories.ToSet();
        MaxMarking = flow.MaxMarking;
        OnwardSharing = flow.OnwardSharing;
        RetentionDays = new int[DataCategories.Count];
        Array.Fill(RetentionDays, Days(flow.RetentionDays));
        foreach (var retention in flow.Retention)
        {
            RetentionDays[(int)retention.Category] = Days(retention.Days);
        }
    }

    public string? FromOrganisation { get; }

    public OrganisationKind? FromKind { get; }

    public string? ToOrganisation { get; }

    public OrganisationKind? ToKind { get; }

    /// <summary>Bit <c>1 &lt;&lt; purpose</c> for each purpose covered.</summary>
    public int Purposes { get; }

    public DataCategorySet Categories { get; }

    public Tlp MaxMarking { get; }

    public OnwardSharingRule OnwardSharing { get; }

    /// <summary>Days of retention, indexed by <see cref="DataCategory"/>.</summary>
    public int[] RetentionDays { get; }

    public bool From(string organisation, OrganisationKind kind) => Matches(FromOrganisation, FromKind, organisation, kind);

    public bool To(string organisation, OrganisationKind kind) => Matches(ToOrganisation, ToKind, organisation, kind);

    public bool Covers(Purpose purpose) => (Purposes & (1 << (int)purpose)) != 0;

    private static bool Matches(string? namedOrganisation, OrganisationKind? namedKind, string organisation, OrganisationKind kind) =>
        namedOrganisation is not null ? string.Equals(namedOrganisation, organisation, StringComparison.Ordinal) : namedKind == kind;

    /// <summary>A retention the decision point can add to a date: one day to a hundred years.</summary>
    private static int Days(int days) => days is >= 1 and <= MaxRetentionDays ? days
        : throw new ArgumentException($"A retention is 1 to {MaxRetentionDays} days, not {days}.");

    private static (string? Organisation, OrganisationKind? Kind) Endpoint(FlowParty party, string end) =>
        (party.OrganisationId, party.Kind) switch
        {
            ({ Length: > 0 } organisation, null) => (organisation, null),
            (null, { } kind) => (null, kind),
            _ => throw new ArgumentException($"A flow's {end} names an organisation or a kind of party, exactly one of the two."),
        };
}

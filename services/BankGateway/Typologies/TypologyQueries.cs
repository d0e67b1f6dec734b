using System.Text.Json;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Typologies;

/// <summary>
/// Reads of the typologies that reached a bank. Every query is scoped by the caller's organisation, so a typology that
/// went to other banks only is indistinguishable from one that does not exist.
/// </summary>
public sealed class TypologyQueries(GatewayDbContext db)
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// What applies to the bank — its current versions, newest first — and with <paramref name="history"/> every
    /// other version it received after them (superseded, then withdrawn); optionally only those it did (not) acknowledge.
    /// </summary>
    public async Task<TypologyPage> ListAsync(string bank, bool history, bool? acknowledged, int page, int pageSize, CancellationToken cancellationToken)
    {
        var held = db.ReceivedTypologies.AsNoTracking().Where(t => t.BankOrganisationId == bank);
        var query = history ? held : held.Where(t => t.Status == TypologyStatus.Current);
        if (acknowledged is { } wanted)
        {
            query = wanted ? query.Where(t => t.AcknowledgedAt != null) : query.Where(t => t.AcknowledgedAt == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(t => t.Status == TypologyStatus.Current ? 0 : t.Status == TypologyStatus.Superseded ? 1 : 2)
            .ThenByDescending(t => t.PublishedAt).ThenBy(t => t.Code).ThenByDescending(t => t.Version)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var unacknowledged = await held.CountAsync(t => t.Status == TypologyStatus.Current && t.AcknowledgedAt == null, cancellationToken);
        return new TypologyPage([.. items.Select(Summary)], page, pageSize, total, unacknowledged);
    }

    /// <summary>
    /// A typology the bank holds, by its code: <paramref name="version"/>, or else its current version (the latest it
    /// holds when none is current, i.e. it was withdrawn). Null when the bank holds no such version.
    /// </summary>
    public async Task<TypologyDetails?> FindAsync(string bank, string code, int? version, CancellationToken cancellationToken)
    {
        // Note: a typology has a handful of versions; all of them are read to list them beside the one shown.
        var versions = await db.ReceivedTypologies.AsNoTracking()
            .Where(t => t.BankOrganisationId == bank && t.Code == code)
            .OrderByDescending(t => t.Version)
            .ToListAsync(cancellationToken);
        var shown = version is { } wanted
            ? versions.FirstOrDefault(t => t.Version == wanted)
            : versions.FirstOrDefault(t => t.Status == TypologyStatus.Current) ?? versions.FirstOrDefault();
        return shown is null ? null : Details(shown, versions);
    }

    private static TypologySummary Summary(ReceivedTypology t)
    {
        var changes = Changes(t);
        return new TypologySummary(t.Code, t.TypologyId, t.Version, t.Status, t.Title, t.Summary, t.CrimeArea,
            TypologyMarking.Of(t.Marking, t.OnwardSharing), Indicators(t).Count, t.PublishedAt, t.ReceivedAt,
            t.AcknowledgedAt is not null, t.AcknowledgedAt, t.PreviousVersion is not null && changes.Count > 0, t.PreviousVersion, changes.Count,
            t.WithdrawnAt, t.RetainUntil);
    }

    private static TypologyDetails Details(ReceivedTypology t, IReadOnlyList<ReceivedTypology> versions)
    {
        var envelope = JsonSerializer.Deserialize<SharingEnvelope>(t.Envelope, ContractJson.Options)!;
        return new TypologyDetails(t.Code, t.TypologyId, t.Version, t.Status, t.Title, t.Summary, t.Narrative, t.CrimeArea, Indicators(t),
            TypologyMarking.Of(t.Marking, t.OnwardSharing), t.PublishedBy, t.PublishedAt, t.ReceivedAt,
            t.AcknowledgedAt is not null, t.AcknowledgedAt, t.AcknowledgedBy, t.PreviousVersion, Changes(t), t.WithdrawnAt, t.WithdrawalReason,
            new InboxBasis(envelope.AgreementId, envelope.AgreementVersion, envelope.LegalGateway, envelope.Purpose, t.Marking, t.OnwardSharing, t.RetainUntil),
            [.. versions.Select(v => new TypologyVersionEntry(v.Version, v.Status, v.ReceivedAt, v.AcknowledgedAt is not null))]);
    }

    private static List<TypologyIndicator> Indicators(ReceivedTypology t) =>
        JsonSerializer.Deserialize<List<TypologyIndicator>>(t.Indicators, ContractJson.Options) ?? [];

    private static List<TypologyChange> Changes(ReceivedTypology t) =>
        JsonSerializer.Deserialize<List<TypologyChange>>(t.Changes, ContractJson.Options) ?? [];
}

using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.Fiu.Domain;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Persistence;

/// <summary>
/// Reads of received reports for the FIU's analysts, under the legal-basis layer: a query only ever looks among the
/// reports whose agreement lets the reader read them now (in SQL), each report returned is decided again on its
/// envelope, and every read is audited. A report the reader may not see is not found, and not counted.
/// </summary>
internal sealed class ReportQueries(FiuDbContext db, ReadFilter reads)
{
    public const int MaxPageSize = 200;

    private static readonly Readable<ReceivedReport> Reports = new(
        "received report",
        report => report.Envelope is null ? null : JsonSerializer.Deserialize<SharingEnvelope>(report.Envelope, ContractJson.Options),
        report => $"report:{report.ConcordReference}");

    /// <summary>A report by its FIU reference or its Concord reference; null when there is none the reader may see.</summary>
    public async Task<ReceivedReport?> FindAsync(Reader reader, string reference, CancellationToken cancellationToken)
    {
        var report = await Visible(reader)
            .Where(r => r.FiuReference == reference || r.ConcordReference == reference)
            .FirstOrDefaultAsync(cancellationToken);
        return await reads.ReadOneAsync(reader, Reports, report, cancellationToken);
    }

    /// <summary>
    /// The reports with these FIU or Concord references that the reader may see now (each read audited); a reference
    /// with none is simply missing from the answer.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedReport>> FindManyAsync(Reader reader, IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        var wanted = references.ToArray();
        var reports = await Visible(reader)
            .Where(r => wanted.Contains(r.ConcordReference) || (r.FiuReference != null && wanted.Contains(r.FiuReference)))
            .ToListAsync(cancellationToken);
        return await reads.ReadAllAsync(reader, Reports, reports, cancellationToken);
    }

    /// <summary>One page of reports, newest first, and how many the reader may see in all.</summary>
    public async Task<(IReadOnlyList<ReceivedReport> Items, int Total)> ListAsync(
        Reader reader, ReceivedReportStatus? status, string? bankOrganisationId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Visible(reader);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        if (!string.IsNullOrEmpty(bankOrganisationId))
        {
            query = query.Where(r => r.BankOrganisationId == bankOrganisationId);
        }

        var total = await query.CountAsync(cancellationToken);
        // Note: a batch shares one receive time, so the id breaks ties and keeps pages stable.
        var items = await query
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (await reads.ReadAllAsync(reader, Reports, items, cancellationToken), total);
    }

    /// <summary>
    /// One page of the triage queue — acknowledged reports, undecided unless <paramref name="decided"/> — highest score
    /// first, oldest first among equals; optionally only those assigned to <paramref name="assignedTo"/>.
    /// </summary>
    public async Task<(IReadOnlyList<ReceivedReport> Items, int Total)> QueueAsync(
        Reader reader, string? assignedTo, bool decided, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Visible(reader).Where(r => r.Status == ReceivedReportStatus.Acknowledged);
        query = decided ? query.Where(r => r.Decision != null) : query.Where(r => r.Decision == null);
        if (!string.IsNullOrEmpty(assignedTo))
        {
            query = query.Where(r => r.AssignedTo == assignedTo);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(r => r.TriageScore).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (await reads.ReadAllAsync(reader, Reports, items, cancellationToken), total);
    }

    /// <summary>
    /// The reports received under an agreement that lets the reader read them now. Every report here was addressed to
    /// this FIU, so the agreement is what decides; a report kept from before the legal-basis layer has none and is not
    /// visible.
    /// </summary>
    private IQueryable<ReceivedReport> Visible(Reader reader)
    {
        var agreements = reads.ScopeFor(reader.Organisation).AgreementIds.ToArray();
        return db.Reports.AsNoTracking().Where(r => r.AgreementId != null && agreements.Contains(r.AgreementId.Value));
    }
}

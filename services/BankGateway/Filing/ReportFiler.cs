using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Concord.BankGateway.Telemetry;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.ServiceDefaults.Telemetry;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Concord.BankGateway.Filing;

/// <summary>
/// Files reports for a bank, whichever way they came in (REST, batch, gRPC stream): validates each, keeps
/// filing idempotent on (bank, bank reference), stores the new ones and their <see cref="SuspiciousActivityReported"/>
/// outbox messages in one transaction, and says per report what became of it.
/// </summary>
public sealed partial class ReportFiler(
    GatewayDbContext db,
    ReportValidator validator,
    LegalBasisGuard guard,
    IAuditSink audit,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<ReportFiler> logger)
{
    private const int MaxAttempts = 3;

    public Task<IReadOnlyList<FilingResult>> FileAsync(Caller caller, IReadOnlyList<SuspiciousActivityReport> reports, CancellationToken cancellationToken) =>
        FileAsync(caller, reports, allOrNothing: false, cancellationToken);

    /// <summary>
    /// Files <paramref name="reports"/>. With <paramref name="allOrNothing"/>, one invalid or conflicting report means
    /// none is stored: the others come back <see cref="FilingOutcome.NotFiled"/> (earlier filings stay duplicates).
    /// </summary>
    public async Task<IReadOnlyList<FilingResult>> FileAsync(
        Caller caller, IReadOnlyList<SuspiciousActivityReport> reports, bool allOrNothing, CancellationToken cancellationToken)
    {
        using var activity = ConcordTelemetry.ActivitySource.StartActivity("file reports");
        activity?.SetTag("concord.bank", caller.OrganisationId);
        activity?.SetTag("concord.report.count", reports.Count);

        var results = new FilingResult?[reports.Count];
        var candidates = new List<Candidate>(reports.Count);
        var refusals = new List<AuditRecord>();
        var bases = new Dictionary<DataCategorySet, (Decision Decision, SharingEnvelope? Envelope)>();
        for (var i = 0; i < reports.Count; i++)
        {
            var errors = Validate(caller, reports[i]);
            if (errors.Count > 0)
            {
                results[i] = new FilingResult { Index = i, BankReference = reports[i].BankReference, Outcome = FilingOutcome.Invalid, Errors = errors };
                continue;
            }

            // Note: one basis per bank and set of data categories: a batch rarely needs more than one or two lookups.
            var categories = FilingBasis.CategoriesOf(reports[i]);
            var key = categories.ToSet();
            if (!bases.TryGetValue(key, out var basis))
            {
                basis = guard.FindBasis(caller.OrganisationId, options.Value.Fiu, Purpose.SuspicionReporting, categories, FilingBasis.Marking, FilingBasis.OnwardSharing, []);
                bases[key] = basis;
            }

            if (basis.Envelope is null)
            {
                results[i] = new FilingResult { Index = i, BankReference = reports[i].BankReference, Outcome = FilingOutcome.NoLegalBasis, Errors = FilingBasis.Errors(caller.OrganisationId, options.Value.Fiu, basis.Decision) };
                refusals.Add(DecisionAudit.Record(basis.Decision, caller.Actor, "file report", options.Value.Fiu, $"bank-reference:{caller.OrganisationId}/{reports[i].BankReference}", time.GetUtcNow()));
            }
            else
            {
                candidates.Add(new Candidate(i, reports[i], JsonSerializer.Serialize(reports[i], ContractJson.Options), basis.Decision, basis.Envelope));
            }
        }

        if (refusals.Count > 0)
        {
            // Note: a refusal stores nothing but is a decision all the same, and every decision is audited.
            await audit.AppendAsync(refusals, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StoreAsync(caller, candidates, results, allOrNothing, cancellationToken);
                break;
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another request filed one of these bank references meanwhile: look again and report it as a duplicate.
                LogFilingRace(caller.OrganisationId, attempt);
                db.ChangeTracker.Clear();
            }
        }

        GatewayMetrics.Record(results!);
        return results!;
    }

    private List<FieldError> Validate(Caller caller, SuspiciousActivityReport report)
    {
        var errors = validator.Validate(report).ToFieldErrors().ToList();
        if (report.ReportingEntity?.OrganisationId is { Length: > 0 } organisation && organisation != caller.OrganisationId)
        {
            errors.Add(new FieldError
            {
                Path = "reportingEntity.organisationId",
                Code = ErrorCodes.NotYourOrganisation,
                Message = $"You file for '{caller.OrganisationId}' and cannot file as '{organisation}'.",
            });
        }

        return errors;
    }

    private async Task StoreAsync(Caller caller, List<Candidate> candidates, FilingResult?[] results, bool allOrNothing, CancellationToken cancellationToken)
    {
        var references = candidates.Select(c => c.Report.BankReference).Distinct(StringComparer.Ordinal).ToArray();
        var earlierFilings = await db.Reports.AsNoTracking()
            .Where(r => r.BankOrganisationId == caller.OrganisationId && references.Contains(r.BankReference))
            .Select(r => new Earlier(r.BankReference, r.ContentHash, r.ConcordReference, r.Status, r.FiledAt))
            .ToDictionaryAsync(r => r.BankReference, StringComparer.Ordinal, cancellationToken);

        var now = time.GetUtcNow();
        var added = 0;
        var decisions = new List<AuditRecord>();
        foreach (var candidate in candidates)
        {
            var hash = Hash(candidate.Json);
            var reference = candidate.Report.BankReference;
            if (earlierFilings.TryGetValue(reference, out var earlier))
            {
                results[candidate.Index] = earlier.ContentHash == hash
                    ? Result(candidate.Index, earlier, FilingOutcome.Duplicate)
                    : new FilingResult
                    {
                        Index = candidate.Index,
                        BankReference = reference,
                        Outcome = FilingOutcome.Conflict,
                        Errors = [new FieldError { Path = "bankReference", Code = ErrorCodes.Conflict, Message = $"A different report was already filed under bank reference '{reference}' as {earlier.ConcordReference}." }],
                    };
                continue;
            }

            var report = new FiledReport
            {
                Id = Guid.CreateVersion7(now),
                ConcordReference = ConcordReference.New(now),
                BankOrganisationId = caller.OrganisationId,
                BankReference = reference,
                ReportTypeCode = candidate.Report.ReportTypeCode,
                ContentHash = hash,
                Report = candidate.Json,
                FiledBy = caller.ClientId,
                FiledAt = now,
                Status = ReportStatus.Received,
                StatusChangedAt = now,
            };
            var filed = new Earlier(reference, hash, report.ConcordReference, report.Status, now);
            earlierFilings[reference] = filed;
            added++;
            db.Reports.Add(report);
            db.AddOutboxMessage(new SuspiciousActivityReported
            {
                ReportId = report.Id,
                ConcordReference = report.ConcordReference,
                BankOrganisationId = caller.OrganisationId,
                FiledBy = caller.ClientId,
                FiledAt = now,
                Report = candidate.Report,
                Envelope = candidate.Envelope with { Lineage = [report.ConcordReference] },
            }, now);
            decisions.Add(DecisionAudit.Record(candidate.Decision, caller.Actor, "file report", options.Value.Fiu, $"report:{report.ConcordReference}", now));
            results[candidate.Index] = Result(candidate.Index, filed, FilingOutcome.Accepted);
        }

        if (allOrNothing && results.Any(r => r?.Outcome is FilingOutcome.Invalid or FilingOutcome.Conflict or FilingOutcome.NoLegalBasis))
        {
            db.ChangeTracker.Clear();
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i] is { Outcome: FilingOutcome.Accepted } refused)
                {
                    results[i] = new FilingResult { Index = refused.Index, BankReference = refused.BankReference, Outcome = FilingOutcome.NotFiled };
                }
            }

            return;
        }

        if (added > 0)
        {
            // Note: the reports, their messages and the decisions that let them go are one transaction: all or none.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await AuditLog.AppendAsync(db, decisions, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Note: a gRPC stream files thousands of reports through one context; nothing needs tracking afterwards.
            db.ChangeTracker.Clear();
            Activity.Current?.SetTag("concord.report.accepted", added);
        }
    }

    private static FilingResult Result(int index, Earlier report, FilingOutcome outcome) => new()
    {
        Index = index,
        BankReference = report.BankReference,
        Outcome = outcome,
        ConcordReference = report.ConcordReference,
        Status = report.Status,
        FiledAt = report.FiledAt,
    };

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Bank {Bank} filed a bank reference concurrently with another request (attempt {Attempt}); re-checking duplicates")]
    private partial void LogFilingRace(string bank, int attempt);

    private sealed record Candidate(int Index, SuspiciousActivityReport Report, string Json, Decision Decision, SharingEnvelope Envelope);

    private sealed record Earlier(string BankReference, string ContentHash, string ConcordReference, ReportStatus Status, DateTimeOffset FiledAt);
}

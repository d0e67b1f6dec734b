using System.Security.Claims;
using Concord.LegalBasis.Decisions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Concord.LegalBasis.Audit;

/// <summary>
/// For an oversight body: every decision this service took about one report or item — who, what, under which agreement,
/// permitted or denied and why — from its audit chain. Entries name the item directly (<c>report:CR-…</c>) or carry it in
/// the lineage of the message they decided on.
/// </summary>
public static class AuditTrailEndpoints
{
    /// <summary>The scope an oversight body's client holds to read the services' audit trails.</summary>
    public const string OversightScope = "concord.oversight";

    public const int MaxEntries = 1000;

    /// <summary>
    /// <c>GET /api/v1/audit/entries?item=CR-2026-…</c>: only for a caller of an Oversight organisation with the scope
    /// <see cref="OversightScope"/>; everyone else gets 403. The query itself is audited.
    /// </summary>
    public static RouteHandlerBuilder MapAuditTrail<TContext>(this IEndpointRouteBuilder app, string service)
        where TContext : DbContext =>
        app.MapGet("/api/v1/audit/entries", (HttpContext http, [FromQuery] string? item, CancellationToken cancellationToken) =>
                ListAsync<TContext>(http, item, service, cancellationToken))
            .RequireAuthorization(policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim("concord_org_kind", "Oversight")
                .RequireAssertion(context => HasScope(context.User, OversightScope)))
            .WithName("ListAuditEntries")
            .WithTags("Audit")
            .WithSummary("Every decision this service took about one report or item, oldest first (oversight only).");

    private static async Task<Results<Ok<AuditTrail>, ValidationProblem>> ListAsync<TContext>(
        HttpContext http, string? item, string service, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var db = http.RequestServices.GetRequiredService<TContext>();
        var audit = http.RequestServices.GetRequiredService<IAuditSink>();
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        if (string.IsNullOrWhiteSpace(item) || item.Length > 200)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["item"] = ["'item' is the reference of a report or item (1 to 200 characters), e.g. CR-2026-7KQ2M9XW4T."] },
                title: "The query is not valid.",
                type: "https://concord.dev/problems/validation");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var entries = new List<AuditTrailEntry>();
        try
        {
            await using var query = new NpgsqlCommand(AuditChainSql.Trail, connection);
            query.Parameters.Add(new NpgsqlParameter { Value = item });
            query.Parameters.Add(new NpgsqlParameter { Value = MaxEntries });
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var reasons = DenyReasonText.FromCodes(reader.GetString(9));
                entries.Add(new AuditTrailEntry(
                    reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetGuid(7), reader.IsDBNull(8) ? null : reader.GetInt32(8),
                    [.. reasons.Split().Select(reason => new AuditTrailReason(reason.Code(), reason.Describe()))]));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Note: reading the trail is itself a read of partnership data, and oversight is audited like everyone else.
        var organisation = http.User.FindFirst("concord_org")?.Value ?? "";
        await audit.AppendAsync(
        [
            new AuditRecord
            {
                Kind = AuditKind.Read,
                Actor = $"{organisation}/{http.User.FindFirst("client_id")?.Value}",
                Action = "read audit trail",
                Subject = $"audit-trail:{item}",
                Outcome = AuditOutcome.Performed,
                RecordedAt = time.GetUtcNow(),
            },
        ], cancellationToken);
        return TypedResults.Ok(new AuditTrail(service, item, entries.Count == MaxEntries, entries));
    }

    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll("scope").SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(scope, StringComparer.Ordinal);
}

/// <summary>What one service's audit chain says about an item.</summary>
/// <param name="Truncated">True when there were more than <see cref="AuditTrailEndpoints.MaxEntries"/> entries; the oldest are shown.</param>
public sealed record AuditTrail(string Service, string Item, bool Truncated, IReadOnlyList<AuditTrailEntry> Entries);

public sealed record AuditTrailEntry(
    long Sequence, DateTimeOffset RecordedAt, string Kind, string Actor, string Action, string Subject, string Outcome,
    Guid? AgreementId, int? AgreementVersion, IReadOnlyList<AuditTrailReason> Reasons);

public sealed record AuditTrailReason(string Code, string Description);

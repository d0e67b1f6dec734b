using Concord.Agreements.Authorization;
using Concord.Agreements.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Endpoints;

/// <summary>
/// The audit checkpoints every service published, for oversight bodies and the secretariat:
/// <c>/api/v1/audit/checkpoints/{service}</c> answers the file <c>concord audit verify --checkpoints</c> reads.
/// </summary>
public static class CheckpointEndpoints
{
    public static IEndpointRouteBuilder MapCheckpointEndpoints(this IEndpointRouteBuilder app)
    {
        var checkpoints = app.MapGroup("/api/v1/audit/checkpoints")
            .RequireAuthorization(AgreementsPolicies.Audit)
            .WithTags("Audit checkpoints");

        checkpoints.MapGet("/{service}", ListAsync).WithName("ListAuditCheckpoints")
            .WithSummary("Every checkpoint of a service's audit chain, by sequence: [{\"sequence\",\"hash\",\"takenAt\"}].");
        checkpoints.MapGet("/{service}/conflicts", ConflictsAsync).WithName("ListAuditCheckpointConflicts")
            .WithSummary("Checkpoints that contradicted one already held: evidence of a rewritten history.");
        return app;
    }

    // Note: streamed, one row at a time: a service checkpointing every minute publishes half a million a year.
    private static Ok<IAsyncEnumerable<CheckpointResponse>> ListAsync(string service, AgreementsDbContext db) =>
        TypedResults.Ok(db.Checkpoints.AsNoTracking()
            .Where(c => c.Service == service)
            .OrderBy(c => c.Sequence)
            .Select(c => new CheckpointResponse(c.Sequence, c.Hash, c.RecordedAt))
            .AsAsyncEnumerable());

    private static async Task<Ok<List<CheckpointConflictResponse>>> ConflictsAsync(string service, AgreementsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.CheckpointConflicts.AsNoTracking()
            .Where(c => c.Service == service)
            .OrderBy(c => c.Sequence).ThenBy(c => c.Id)
            .Select(c => new CheckpointConflictResponse(c.Sequence, c.StoredHash, c.ConflictingHash, c.RecordedAt, c.ReceivedAt))
            .ToListAsync(cancellationToken));
}

using Concord.Agreements.Authorization;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.Agreements.Validation;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concord.Agreements.Gateways;

/// <summary>Registers legal gateways, each audited; a code is registered once and never changes.</summary>
internal sealed class LegalGatewayRegistry(AgreementsDbContext db, TimeProvider time)
{
    public async Task<(Outcome Outcome, LegalGateway? Gateway)> RegisterAsync(Caller caller, LegalGatewayRequest request, CancellationToken cancellationToken)
    {
        var (gateway, errors) = LegalGatewayValidator.Validate(request, caller.Actor, time.Now());
        if (gateway is null)
        {
            return (Outcome.Invalid(errors), null);
        }

        if (await db.LegalGateways.AnyAsync(g => g.Code == gateway.Code, cancellationToken))
        {
            return (Taken(gateway.Code), null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.LegalGateways.Add(gateway);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (Taken(gateway.Code), null);
        }

        await AuditLog.AppendAsync(db, [AgreementAudit.Gateway(caller.Actor, gateway, gateway.RegisteredAt)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (Outcome.Created(Guid.Empty), gateway);
    }

    private static Outcome Taken(string code) => Outcome.Conflict($"The legal gateway '{code}' is already registered.");

    /// <summary>For seeds: the errors of a gateway, as registering it would find them.</summary>
    public static IReadOnlyList<FieldError> Check(LegalGatewayRequest request, string prefix) =>
        LegalGatewayValidator.Validate(request, AgreementAudit.Seed, DateTimeOffset.UnixEpoch, prefix).Errors;
}

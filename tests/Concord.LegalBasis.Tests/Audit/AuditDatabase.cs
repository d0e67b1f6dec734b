using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concord.LegalBasis.Tests.Audit;

/// <summary>A real PostgreSQL database of its own with the audit chain's tables and triggers, dropped when disposed.</summary>
internal sealed class AuditDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private AuditDatabase(TestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<AuditDatabase> CreateAsync()
    {
        var database = new AuditDatabase(TestDatabase.Create("audit_test"));
        await using var context = database.NewContext();
        await context.Database.EnsureCreatedAsync();
        await context.Database.ExecuteSqlRawAsync(AuditChainSql.AppendOnly);
        return database;
    }

    public AuditContext NewContext() => new(new DbContextOptionsBuilder<AuditContext>().UseNpgsql(_database.ConnectionString).Options);

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs SQL as the table's owner with the append-only triggers disabled: what an insider with owner rights could do.</summary>
    public async Task TamperAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER TABLE audit_entries DISABLE TRIGGER USER; {sql}; ALTER TABLE audit_entries ENABLE TRIGGER USER;", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Appends <paramref name="records"/> in a transaction of their own, committed unless told otherwise.</summary>
    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, bool commit = true)
    {
        await using var context = NewContext();
        await using var transaction = await context.Database.BeginTransactionAsync();
        await AuditLog.AppendAsync(context, records, CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<AuditVerification> VerifyAsync(params AuditCheckpoint[] checkpoints)
    {
        await using var connection = await OpenAsync();
        return await AuditVerifier.VerifyAsync(connection, checkpoints, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    internal sealed class AuditContext(DbContextOptions<AuditContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddAuditChain();
    }
}

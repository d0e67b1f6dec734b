using Npgsql;

namespace Concord.Testing;

/// <summary>A PostgreSQL database of its own for one test host, dropped when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string for the database; the service creates its schema by migrating at start.</summary>
    public string ConnectionString { get; }

    /// <summary>Names a new, not yet existing database; the service under test creates it when it migrates.</summary>
    public static TestDatabase Create(string prefix) =>
        new($"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant());

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Empathy.Tests.Shared.Postgres;
using Npgsql;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>
/// A database of its own on the test server (<c>EMPATHY_TEST_POSTGRES</c>), created empty for one test
/// class and dropped, with every connection still open to it, at the end. Nothing is made when no server
/// was given (the tests that need it are then reported skipped).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string to this database (what the site gets as <c>ConnectionStrings:Empathy</c>).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database named after <paramref name="prefix"/>.</summary>
    public static async Task<PostgresDatabase> CreateAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE DATABASE {name}");
        var settings = new NpgsqlConnectionStringBuilder(PostgresServer.RequiredConnectionString) { Database = name };
        return new PostgresDatabase(name, settings.ConnectionString);
    }

    /// <summary>Runs <paramref name="sql"/> on this database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // The apps' pools may still hold connections; FORCE ends them (PostgreSQL 13 and later).
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.RequiredConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using System.Diagnostics;
using Empathy.Core.Storage.Keys;
using Npgsql;

namespace Empathy.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A schema of its own for one test (so test classes run in parallel on one database), dropped with
/// everything in it at the end; with helpers to open stores on it and to look at or change rows as an
/// attacker with the database would.
/// </summary>
internal sealed class TestSchema : IAsyncDisposable
{
    public static readonly byte[] Key = Convert.FromHexString("4f1c2a9be07d4463a1b8c55e90f23d7a6b0e1f4c8d2a7b3e9f0c1d2e3f405162");

    public const string KeyId = "test-key-1";

    public TestSchema(string prefix = "t")
    {
        Name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)];
        DataSource = NpgsqlDataSource.Create(PostgresServer.RequiredConnectionString);
    }

    public string Name { get; }

    /// <summary>A data source of the test's own, for raw SQL.</summary>
    public NpgsqlDataSource DataSource { get; }

    public PostgreSqlJournalStoreOptions Options => new() { ConnectionString = PostgresServer.RequiredConnectionString, Schema = Name };

    public static AppSuppliedKeyProvider TestKey(byte[]? key = null) => JournalKeyProvider.FromKey(KeyId, key ?? Key);

    public async Task<PostgreSqlJournalStore> OpenAsync(byte[]? key = null)
    {
        using var provider = TestKey(key);
        return await PostgreSqlJournalStore.OpenAsync(Options, provider);
    }

    /// <summary>A store in vault mode on this schema, with a data source of its own (as another app instance would have).</summary>
    public Task<PostgreSqlJournalStore> OpenVaultsAsync() => PostgreSqlJournalStore.OpenAsync(Options);

    /// <summary>The schema as <c>pg_dump --inserts</c> writes it: what a stolen backup would hold.</summary>
    public async Task<string> PgDumpAsync()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresServer.RequiredConnectionString);
        var start = new ProcessStartInfo(Path.Combine(PostgresServer.BinFolder!, "pg_dump"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-h", connection.Host!, "-p", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username!, "-n", Name, "--inserts", connection.Database! })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "pg_dump failed: " + await errors);
        return await output;
    }

    public async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql.Replace("@schema", Name, StringComparison.Ordinal));
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteScalarAsync();
    }

    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql.Replace("@schema", Name, StringComparison.Ordinal));
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");
        }
        catch (NpgsqlException)
        {
            // Best effort: a server stopped by a fault test leaves the schema for the cluster's removal.
        }

        await DataSource.DisposeAsync();
    }
}

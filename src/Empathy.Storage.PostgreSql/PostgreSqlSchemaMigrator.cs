using System.Globalization;
using Empathy.Core.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// Brings a schema to <see cref="PostgreSqlJournalSchema.LatestVersion"/> at start: inside one transaction
/// that holds the schema's advisory lock, it creates the schema and the migrations table when missing and
/// applies, in order, every migration the database has not recorded. Idempotent; two instances starting
/// together take turns, and the second finds nothing to do. A failed migration rolls back whole.
/// </summary>
internal static class PostgreSqlSchemaMigrator
{
    /// <summary>Migrates, then runs <paramref name="afterMigration"/> in the same locked transaction (the first key, for example), and commits.</summary>
    public static async Task<T> MigrateAsync<T>(
        NpgsqlConnection connection,
        PostgreSqlJournalCommands sql,
        ILogger logger,
        Func<NpgsqlConnection, CancellationToken, Task<T>> afterMigration,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = connection.CreateCommand())
        {
            // Transaction-scoped: released by the commit or rollback, even when this process dies.
            lockCommand.CommandText = "SELECT pg_advisory_xact_lock($1)";
            lockCommand.Parameters.Bind(PostgreSqlJournalSchema.MigrationLockKey(sql.Schema));
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, sql.InSchema(PostgreSqlJournalSchema.CreateMigrationsTable), cancellationToken).ConfigureAwait(false);
        var current = await CurrentVersionAsync(connection, sql, cancellationToken).ConfigureAwait(false);
        if (current > PostgreSqlJournalSchema.LatestVersion)
        {
            throw new JournalFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Schema '{sql.Schema}' has layout version {current}, written by a newer version of Empathy.Storage.PostgreSql; this version knows layouts up to {PostgreSqlJournalSchema.LatestVersion}. Nothing was changed; update the package."));
        }

        foreach (var (version, description, migration) in PostgreSqlJournalSchema.Migrations)
        {
            if (version <= current)
            {
                continue;
            }

            await ExecuteAsync(connection, sql.InSchema(migration), cancellationToken).ConfigureAwait(false);
            await using var record = connection.CreateCommand();
            record.CommandText = $"INSERT INTO {sql.Schema}.schema_migrations (version, description) VALUES ($1, $2)";
            record.Parameters.Bind(version);
            record.Parameters.Bind(description);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (current < PostgreSqlJournalSchema.LatestVersion)
        {
            PostgreSqlJournalStoreLog.SchemaMigrated(logger, current, PostgreSqlJournalSchema.LatestVersion);
        }

        var result = await afterMigration(connection, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The newest migration a schema has recorded; 0 for a new one.</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, PostgreSqlJournalCommands sql, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT coalesce(max(version), 0) FROM {sql.Schema}.schema_migrations";
        return (int)(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

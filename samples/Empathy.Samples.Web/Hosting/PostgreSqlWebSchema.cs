using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Creates the site's own tables on PostgreSQL at start: Identity's (schema <c>accounts</c>) and the Data
/// Protection key ring's (schema <c>data_protection</c>), and the key ring's first key. It holds a
/// session-level advisory lock meanwhile, so instances that start together take turns: the first creates
/// everything, the others find it there. (The journal store migrates its own schema, under its own lock.)
/// </summary>
public static partial class PostgreSqlWebSchema
{
    // Any fixed number no other part of the app locks on; the journal store's lock is derived from its schema name.
    private const string LockKey = "hashtextextended('Empathy.Samples.Web/schema', 0)";

    /// <summary>Creates whatever is missing; changes nothing that is there.</summary>
    /// <exception cref="NpgsqlException">The server could not be reached or refused a statement.</exception>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PostgreSqlWebSchema));
        await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            await CreateTablesAsync(scope.ServiceProvider.GetRequiredService<AccountsDbContext>(), AccountsDbContext.PostgreSqlSchema, connection, logger, cancellationToken);
            await CreateTablesAsync(scope.ServiceProvider.GetRequiredService<KeyRingDbContext>(), KeyRingDbContext.Schema, connection, logger, cancellationToken);
            EnsureKeyRingHasAKey(services, logger);
        }
        finally
        {
            // Also released when the connection closes, so a process that dies here holds no one up.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static async Task CreateTablesAsync(DbContext context, string schema, NpgsqlConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        // EnsureCreated would skip when the database has any table at all (the journal store's, the other
        // context's); this asks about the context's own schema instead.
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = $1)";
        exists.Parameters.Add(new NpgsqlParameter { Value = schema });
        if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return;
        }

        // One transaction on PostgreSQL (DDL is transactional), so a crash leaves all tables or none.
        await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        LogSchemaCreated(logger, schema);
    }

    private static void EnsureKeyRingHasAKey(IServiceProvider services, ILogger logger)
    {
        // Data Protection makes its first key lazily, at the first cookie; two instances starting together
        // would each make one and, until their caches refresh, not read the other's cookies. One key made
        // here, under the lock, is the key every instance finds.
        var keys = services.GetRequiredService<IKeyManager>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now))
        {
            return;
        }

        var lifetime = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime;
        keys.CreateNewKey(now, now + lifetime);
        LogKeyCreated(logger);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the tables of schema {Schema}.")]
    private static partial void LogSchemaCreated(ILogger logger, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first Data Protection key in the database.")]
    private static partial void LogKeyCreated(ILogger logger);
}

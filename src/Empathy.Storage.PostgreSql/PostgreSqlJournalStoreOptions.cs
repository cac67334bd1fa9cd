using System.Text.RegularExpressions;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>Which PostgreSQL database and schema <see cref="PostgreSqlJournalStore"/> keeps the journal in.</summary>
/// <remarks>Mutable for configuration; checked with <see cref="Validate"/> when a store is created.</remarks>
public sealed partial class PostgreSqlJournalStoreOptions
{
    /// <summary>The schema used when none is given.</summary>
    public const string DefaultSchema = "empathy";

    /// <summary>
    /// The Npgsql connection string (host, port, database, user; a password is better kept out of it, for
    /// example in a <c>.pgpass</c> file or a secret store). Required unless the store is given an
    /// <see cref="NpgsqlDataSource"/> of the app's own. Pooling settings in it apply to the store's data source.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// The schema that holds the store's tables, created when missing. Default <see cref="DefaultSchema"/>.
    /// 1–63 lower-case ASCII letters, digits or '_', not starting with a digit and not starting with
    /// <c>pg_</c>, so it needs no quoting. Several stores (for example one per tenant or per test) may share
    /// a database, each in its own schema.
    /// </summary>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>
    /// The clock for <see cref="Empathy.Core.Storage.JournalExport.ExportedAt"/>. Default the system clock;
    /// when the store is registered through DI, a registered <see cref="System.TimeProvider"/> is used instead.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>A copy of these options with another clock (the one registered in DI).</summary>
    internal PostgreSqlJournalStoreOptions WithTimeProvider(TimeProvider time) => new()
    {
        ConnectionString = ConnectionString,
        Schema = Schema,
        TimeProvider = time,
    };

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    /// <param name="needsConnectionString">Whether <see cref="ConnectionString"/> is required (no data source was given).</param>
    public IReadOnlyList<string> Validate(bool needsConnectionString = true)
    {
        var problems = new List<string>();
        if (needsConnectionString)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
            {
                problems.Add($"{nameof(ConnectionString)} is required: the Npgsql connection string of the database.");
            }
            else
            {
                try
                {
                    _ = new NpgsqlConnectionStringBuilder(ConnectionString);
                }
                catch (ArgumentException error)
                {
                    // The builder's message names the bad keyword; the string itself may hold a password.
                    problems.Add($"{nameof(ConnectionString)} is not a valid Npgsql connection string: {error.Message}");
                }
            }
        }

        if (Schema is null || !SchemaPattern().IsMatch(Schema) || Schema.StartsWith("pg_", StringComparison.Ordinal))
        {
            problems.Add($"{nameof(Schema)} must be 1 to 63 lower-case letters, digits or '_', not start with a digit or 'pg_'; it is '{Schema}'.");
        }

        if (TimeProvider is null)
        {
            problems.Add($"{nameof(TimeProvider)} must not be null.");
        }

        return problems;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}

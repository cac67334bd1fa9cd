using Npgsql;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Where the host keeps accounts, journals, practice records and the Data Protection key ring: the data
/// folder (SQLite, the default) or one PostgreSQL database that every instance of the site shares. Read
/// from configuration (<c>Empathy:Store</c>, <c>ConnectionStrings:Empathy</c>) before anything is registered.
/// </summary>
public sealed class HostStorage
{
    /// <summary>The configuration key that picks the store.</summary>
    public const string StoreKey = EmpathyHostOptions.Section + ":Store";

    /// <summary>The name of the connection string (<c>ConnectionStrings:Empathy</c>) used when the store is PostgreSQL.</summary>
    public const string ConnectionStringName = "Empathy";

    private HostStorage(StoreKind kind, string? connectionString, string? problem)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Problem = problem;
    }

    /// <summary>The store picked.</summary>
    public StoreKind Kind { get; }

    /// <summary>Whether the data goes to PostgreSQL.</summary>
    public bool IsPostgreSql => Kind == StoreKind.PostgreSql && Problem is null;

    /// <summary>The Npgsql connection string (PostgreSQL only).</summary>
    public string? ConnectionString { get; }

    /// <summary>What is wrong with the settings, said for the person who runs the site; <see langword="null"/> when they are usable.</summary>
    public string? Problem { get; }

    /// <summary>Reads the settings; a bad value gives an instance whose <see cref="Problem"/> says what is allowed.</summary>
    public static HostStorage FromConfiguration(IConfiguration configuration)
    {
        var store = configuration[StoreKey];
        if (string.IsNullOrWhiteSpace(store) || string.Equals(store.Trim(), nameof(StoreKind.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return new HostStorage(StoreKind.Sqlite, null, null);
        }

        if (!string.Equals(store.Trim(), nameof(StoreKind.PostgreSql), StringComparison.OrdinalIgnoreCase))
        {
            return new HostStorage(StoreKind.Sqlite, null,
                $"{StoreKey} is '{store}'; it must be {nameof(StoreKind.Sqlite)} (the default: files in {EmpathyHostOptions.Section}:DataDir) or {nameof(StoreKind.PostgreSql)}.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new HostStorage(StoreKind.PostgreSql, null,
                $"{StoreKey}={nameof(StoreKind.PostgreSql)} needs the connection string ConnectionStrings:{ConnectionStringName}, for example " +
                $"--ConnectionStrings:{ConnectionStringName}=\"Host=127.0.0.1;Port=5432;Database=empathy;Username=empathy\" " +
                $"(or the environment variable ConnectionStrings__{ConnectionStringName}).");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            // The builder names the bad keyword; the string itself is not repeated (it may hold a password).
            return new HostStorage(StoreKind.PostgreSql, null, $"ConnectionStrings:{ConnectionStringName} is not a valid Npgsql connection string: {error.Message}");
        }

        return new HostStorage(StoreKind.PostgreSql, connectionString, null);
    }

    /// <summary>The server and database the connection string names (never its password), for messages.</summary>
    public string Describe()
    {
        if (!IsPostgreSql)
        {
            return "the data folder";
        }

        var settings = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"the PostgreSQL database '{settings.Database ?? settings.Username}' on {settings.Host ?? "localhost"}:{settings.Port} as user '{settings.Username}'";
    }
}

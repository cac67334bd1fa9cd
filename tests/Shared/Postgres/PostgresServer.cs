namespace Empathy.Tests.Shared.Postgres;

/// <summary>
/// The PostgreSQL server the tests run against, found through environment variables that <c>./test.sh</c>
/// (and so <c>.ci/run</c>) always sets; without them, every test that needs the server is reported skipped
/// with <see cref="MissingReason"/>, never passed.
/// </summary>
internal static class PostgresServer
{
    public const string ConnectionVariable = "EMPATHY_TEST_POSTGRES";
    public const string BinVariable = "EMPATHY_TEST_POSTGRES_BIN";
    public const string DataVariable = "EMPATHY_TEST_POSTGRES_DATA";

    /// <summary>
    /// The trait category of tests that restart the server. <c>./test.sh</c> runs them after every other test,
    /// on their own, because test projects run in parallel and share the one server.
    /// </summary>
    public const string RestartCategory = "ServerRestart";

    public const string MissingReason =
        $"Needs a PostgreSQL server: set {ConnectionVariable} to an Npgsql connection string (./test.sh starts a throwaway cluster and sets it).";

    public const string MissingControlReason =
        $"Needs control of the PostgreSQL server: set {BinVariable} (the folder of pg_ctl) and {DataVariable} (the cluster folder); ./test.sh sets both.";

    /// <summary>The connection string, or <see langword="null"/> when no server was given.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static string? BinFolder => Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } value ? value : null;

    public static string? DataFolder => Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string, or an exception that says how to get one (for code that runs only when the server is there).</summary>
    public static string RequiredConnectionString => ConnectionString ?? throw new InvalidOperationException(MissingReason);
}

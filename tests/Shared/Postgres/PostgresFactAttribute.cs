namespace Empathy.Tests.Shared.Postgres;

/// <summary>A test that needs the PostgreSQL server: reported skipped, with the reason, when none was given.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.MissingReason;
        }
    }
}

/// <summary>A test that restarts the server with pg_ctl: skipped, with the reason, without the server or without control of it.</summary>
public sealed class PostgresControlFactAttribute : FactAttribute
{
    public PostgresControlFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.MissingReason;
        }
        else if (PostgresServer.BinFolder is null || PostgresServer.DataFolder is null)
        {
            Skip = PostgresServer.MissingControlReason;
        }
    }
}

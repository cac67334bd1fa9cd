namespace Empathy.Samples.Web.Tests.Support;

/// <summary>Starts the site with <c>Empathy:Store=PostgreSql</c> on a given database.</summary>
public static class PostgresWebApp
{
    /// <summary>The settings that switch the site to <paramref name="database"/>.</summary>
    public static Dictionary<string, string?> Settings(PostgresDatabase database) => new()
    {
        ["Empathy:Store"] = "PostgreSql",
        ["ConnectionStrings:Empathy"] = database.ConnectionString,
    };

    /// <summary>A site (one instance) over <paramref name="database"/>.</summary>
    public static WebAppFactory Create(PostgresDatabase database) => new(settings: Settings(database));
}

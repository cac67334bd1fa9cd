namespace Empathy.Samples.Web.Hosting;

/// <summary>Where the host keeps its data (the configuration value <c>Empathy:Store</c>).</summary>
public enum StoreKind
{
    /// <summary>Files in the data folder <c>Empathy:DataDir</c>: one app instance on one machine (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:Empathy</c>) that several app instances share.</summary>
    PostgreSql,
}

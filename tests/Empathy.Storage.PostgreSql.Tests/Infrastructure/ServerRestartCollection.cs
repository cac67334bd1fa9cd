namespace Empathy.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// Tests that restart the server or kill a writer: they run alone (xunit runs a collection that disables
/// parallelisation after every other one), so no other test sees its connections dropped.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerRestartCollection
{
    public const string Name = "PostgreSQL server restarts";
}

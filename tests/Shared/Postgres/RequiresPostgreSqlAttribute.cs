namespace Empathy.Tests.Shared.Postgres;

/// <summary>
/// Marks a test class whose tests all need the PostgreSQL server, including the plain <c>[Fact]</c>s it
/// inherits from a shared contract suite: <see cref="PostgresTestFramework"/> reports each of them skipped,
/// with <see cref="PostgresServer.MissingReason"/>, when no server was given.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresPostgreSqlAttribute : Attribute;

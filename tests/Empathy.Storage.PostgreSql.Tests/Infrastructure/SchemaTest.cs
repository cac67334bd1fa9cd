namespace Empathy.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets a fresh <see cref="TestSchema"/> (named with <paramref name="prefix"/>),
/// dropped afterwards; none is made when no server was given (its tests are then reported skipped).
/// </summary>
/// <param name="prefix">A short name for the schemas of this class, to tell them apart in the database.</param>
public abstract class SchemaTest(string prefix) : IAsyncLifetime
{
    private TestSchema? _schema;

    internal TestSchema Schema => _schema ?? throw new InvalidOperationException(PostgresServer.MissingReason);

    public Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is not null)
        {
            _schema = new TestSchema(prefix);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}

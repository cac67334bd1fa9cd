using Empathy.Tests.Shared.Postgres;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>
/// One site on PostgreSQL for a test class, over a fresh database of its own; without a server nothing
/// is started (the class's tests are reported skipped, see <see cref="RequiresPostgreSqlAttribute"/>).
/// </summary>
public sealed class SharedPostgresApp : IAsyncLifetime
{
    private WebAppFactory? _app;

    public PostgresDatabase? Database { get; private set; }

    public WebAppFactory App => _app ?? throw new InvalidOperationException(PostgresServer.MissingReason);

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is null)
        {
            return;
        }

        Database = await PostgresDatabase.CreateAsync("web");
        _app = PostgresWebApp.Create(Database);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}

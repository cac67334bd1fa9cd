using Empathy.Tests.Shared.Postgres;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>
/// Two instances of the site (two hosts, each with its own services, pools and key ring cache) on one
/// fresh PostgreSQL database, started at the same moment on the empty database, as two servers behind a
/// load balancer would be. Without a server nothing is started.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private WebAppFactory? _first;
    private WebAppFactory? _second;

    public PostgresDatabase Database { get; private set; } = null!;

    public WebAppFactory First => _first ?? throw new InvalidOperationException(PostgresServer.MissingReason);

    public WebAppFactory Second => _second ?? throw new InvalidOperationException(PostgresServer.MissingReason);

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is null)
        {
            return;
        }

        Database = await PostgresDatabase.CreateAsync("web2");
        _first = PostgresWebApp.Create(Database);
        _second = PostgresWebApp.Create(Database);
        // Starting a host runs Program to the end of its start: schema, tables and the key ring's first key.
        using var go = new ManualResetEventSlim();
        var starts = new[] { _first, _second }.Select(app => Task.Run(() =>
        {
            go.Wait();
            _ = app.Server;
        })).ToArray();
        go.Set();
        await Task.WhenAll(starts);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _first, _second })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        if (_first is not null)
        {
            await Database.DisposeAsync();
        }
    }
}

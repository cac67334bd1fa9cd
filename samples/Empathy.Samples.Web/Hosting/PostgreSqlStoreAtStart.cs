using Empathy.Storage.PostgreSql;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// The journal store on PostgreSQL (vault mode), opened once at start by
/// <see cref="EmpathyHostSetup.PrepareDataAsync"/>, so that its schema is migrated, and an unreachable
/// server reported, before the site takes a request. It shares the site's one <c>NpgsqlDataSource</c>
/// (one connection pool per instance, for Identity, the key ring and the journal alike).
/// </summary>
public sealed class PostgreSqlStoreAtStart
{
    private PostgreSqlJournalStore? _store;

    /// <summary>The open store.</summary>
    /// <exception cref="InvalidOperationException">The site was not prepared (<c>PrepareDataAsync</c> runs before it serves).</exception>
    public PostgreSqlJournalStore Store => _store ?? throw new InvalidOperationException("The PostgreSQL journal store is opened by PrepareDataAsync at start; it has not run.");

    /// <summary>Opens the store (migrating its schema) unless it is open already.</summary>
    public async Task OpenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            _store = await PostgreSqlJournalStore.OpenAsync(
                services.GetRequiredService<Npgsql.NpgsqlDataSource>(),
                new PostgreSqlJournalStoreOptions { TimeProvider = services.GetRequiredService<TimeProvider>() },
                services.GetService<ILogger<PostgreSqlJournalStore>>(),
                cancellationToken);
        }
    }
}

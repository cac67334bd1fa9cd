using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests;

public sealed class OpeningTests() : SchemaTest("open")
{
    private static readonly JournalOwnerId Owner = new("opening-owner");
    [PostgresFact]
    public async Task Open_NewSchema_CreatesTheLatestLayoutAndOneKey()
    {
        await using var store = await Schema.OpenAsync();

        Assert.Equal(PostgreSqlJournalSchema.LatestVersion, await Schema.ScalarAsync("SELECT max(version) FROM @schema.schema_migrations"));
        Assert.Equal(1L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.journal_keys"));
    }

    [PostgresFact]
    public async Task Open_Again_ChangesNothingAndReadsWhatWasWritten()
    {
        var entry = JournalSamples.Entry();
        await using (var first = await Schema.OpenAsync())
        {
            await first.AddAsync(Owner, entry);
        }

        await using var second = await Schema.OpenAsync();

        Assert.Equal(entry, await second.GetAsync(Owner, entry.Id));
        Assert.Equal((long)PostgreSqlJournalSchema.Migrations.Count, await Schema.ScalarAsync("SELECT count(*) FROM @schema.schema_migrations"));
        Assert.Equal(1L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.journal_keys"));
    }

    [PostgresFact]
    public async Task Open_SixInstancesAtOnce_MigrateOnceAndShareOneKey()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Schema.OpenAsync())));
        try
        {
            var entry = JournalSamples.Entry();
            await stores[0].AddAsync(Owner, entry);

            foreach (var store in stores)
            {
                Assert.Equal(entry, await store.GetAsync(Owner, entry.Id));
            }

            Assert.Equal((long)PostgreSqlJournalSchema.Migrations.Count, await Schema.ScalarAsync("SELECT count(*) FROM @schema.schema_migrations"));
            Assert.Equal(1L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.journal_keys"));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task Open_WrongKey_IsRefusedAndChangesNothing()
    {
        await using (var store = await Schema.OpenAsync())
        {
            await store.AddAsync(Owner, JournalSamples.Entry());
        }

        var wrong = new byte[32];
        wrong[0] = 1;
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Schema.OpenAsync(wrong));

        await using var right = await Schema.OpenAsync();
        Assert.Single((await right.ListAsync(Owner, new JournalQuery())).Entries);
    }

    [PostgresFact]
    public async Task Open_SchemaOfANewerVersion_IsRefusedWithoutChangingIt()
    {
        await (await Schema.OpenAsync()).DisposeAsync();
        await Schema.ExecuteAsync("INSERT INTO @schema.schema_migrations (version, description) VALUES (99, 'from the future')");

        var error = await Assert.ThrowsAsync<JournalFormatException>(() => Schema.OpenAsync());

        Assert.Contains("99", error.Message);
        Assert.Equal(99, await Schema.ScalarAsync("SELECT max(version) FROM @schema.schema_migrations"));
    }

    [Fact]
    public async Task Open_ServerNotListening_FailsWithTheStoresOwnTransientException()
    {
        var options = new PostgreSqlJournalStoreOptions { ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", Schema = "unreachable" };
        using var key = TestSchema.TestKey();

        var error = await Assert.ThrowsAsync<PostgreSqlStoreUnavailableException>(() => PostgreSqlJournalStore.OpenAsync(options, key));

        Assert.True(error.IsTransient);
        Assert.False(error.OutcomeUnknown);
        Assert.DoesNotContain("nobody", error.Message);
    }

    [PostgresFact]
    public async Task Call_CancelledWhileWaitingForTheOwnersLock_StopsAndWritesNothing()
    {
        await using var store = await Schema.OpenAsync();
        await store.AddAsync(Owner, JournalSamples.Entry());

        // Another session holds the owner's digest row, as a slow writer in another instance would.
        await using var connection = await Schema.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var hold = connection.CreateCommand())
        {
            hold.CommandText = $"SELECT 1 FROM {Schema.Name}.journal_owner_digests WHERE owner = $1 FOR UPDATE";
            hold.Parameters.Add(new Npgsql.NpgsqlParameter { Value = Owner.Value });
            await hold.ExecuteNonQueryAsync();
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var blocked = JournalSamples.Entry();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddAsync(Owner, blocked, cancel.Token));
        await transaction.RollbackAsync();

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => store.GetAsync(Owner, blocked.Id));
        Assert.True((await store.VerifyAsync(Owner)).IsIntact);
    }

    [PostgresFact]
    public async Task Call_AlreadyCancelled_ThrowsWithoutTouchingTheServer()
    {
        await using var store = await Schema.OpenAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ListAsync(Owner, new JournalQuery(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Open_InvalidOptions_ListsEveryProblem()
    {
        using var key = TestSchema.TestKey();
        var options = new PostgreSqlJournalStoreOptions { ConnectionString = "", Schema = "Not A Schema" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => PostgreSqlJournalStore.OpenAsync(options, key));

        Assert.Contains(nameof(PostgreSqlJournalStoreOptions.ConnectionString), error.Message);
        Assert.Contains(nameof(PostgreSqlJournalStoreOptions.Schema), error.Message);
    }

    [Theory]
    [InlineData("pg_catalog")]
    [InlineData("1abc")]
    [InlineData("a;drop")]
    [InlineData("")]
    public void Options_UnsafeSchemaName_IsRefused(string schema) =>
        Assert.Contains((new PostgreSqlJournalStoreOptions { ConnectionString = "Host=127.0.0.1", Schema = schema }).Validate(), p => p.Contains("Schema", StringComparison.Ordinal));

    [Fact]
    public void Options_MalformedConnectionString_IsRefused() =>
        Assert.Contains((new PostgreSqlJournalStoreOptions { ConnectionString = "Hots=x;;==" }).Validate(), p => p.Contains("ConnectionString", StringComparison.Ordinal));

    [Fact]
    public void Options_Defaults_AreValid() =>
        Assert.Empty(new PostgreSqlJournalStoreOptions { ConnectionString = "Host=127.0.0.1;Database=x" }.Validate());
}

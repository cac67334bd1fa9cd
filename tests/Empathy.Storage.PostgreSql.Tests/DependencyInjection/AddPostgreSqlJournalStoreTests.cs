using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.PostgreSql.DependencyInjection;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Empathy.Storage.PostgreSql.Tests.DependencyInjection;

public sealed class AddPostgreSqlJournalStoreTests
{
    [PostgresFact]
    public async Task Registered_ResolvesOneStoreForJournalAndPractice_ThatStartsOnItsFirstCall()
    {
        await using var schema = new TestSchema("di");
        var services = new ServiceCollection();
        services.AddPostgreSqlJournalStore(o =>
        {
            o.ConnectionString = PostgresServer.RequiredConnectionString;
            o.Schema = schema.Name;
        }, _ => TestSchema.TestKey());
        services.AddPostgreSqlJournalStore(o => o.Schema = "ignored_second_registration", _ => throw new InvalidOperationException("not used"));
        await using var provider = services.BuildServiceProvider();

        var journal = provider.GetRequiredService<IJournalStore>();
        Assert.Same(journal, provider.GetRequiredService<IPracticeStore>());
        Assert.Same(journal, provider.GetRequiredService<PostgreSqlJournalStore>());
        Assert.IsType<DBNull>(await schema.ScalarAsync("SELECT to_regclass($1)::text", schema.Name + ".journal_entries"));

        var entry = JournalSamples.Entry();
        await journal.AddAsync(new JournalOwnerId("di-owner"), entry);

        Assert.Equal(entry, await journal.GetAsync(new JournalOwnerId("di-owner"), entry.Id));
        Assert.IsType<string>(await schema.ScalarAsync("SELECT to_regclass($1)::text", schema.Name + ".journal_entries"));
    }

    [PostgresFact]
    public async Task RegisteredInVaultMode_ResolvesOneStoreForJournalPracticeAndVaults_AndOwnersStayLockedUntilOpened()
    {
        await using var schema = new TestSchema("divault");
        var services = new ServiceCollection();
        services.AddPostgreSqlJournalStore(o =>
        {
            o.ConnectionString = PostgresServer.RequiredConnectionString;
            o.Schema = schema.Name;
        });
        services.AddPostgreSqlJournalStore(o => o.Schema = "ignored_second_registration");
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<PostgreSqlJournalStore>();
        Assert.True(store.IsVaultMode);
        Assert.Same(store, provider.GetRequiredService<IJournalStore>());
        Assert.Same(store, provider.GetRequiredService<IPracticeStore>());
        Assert.Same(store, provider.GetRequiredService<IOwnerVaults>());

        var owner = new JournalOwnerId("di-vault-owner");
        var entry = JournalSamples.Entry();
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.AddAsync(owner, entry));
        using var secret = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting("di words", 1_000);
        using var session = (await provider.GetRequiredService<IOwnerVaults>().CreateAsync(owner, secret, withRecoveryKey: false)).Session;
        await store.AddAsync(owner, entry);
        Assert.Equal(entry, await store.GetAsync(owner, entry.Id));
    }

    [Fact]
    public void RegisteredWithAKey_DoesNotOfferVaults()
    {
        var services = new ServiceCollection();
        services.AddPostgreSqlJournalStore(o => o.ConnectionString = "Host=127.0.0.1", _ => TestSchema.TestKey());

        Assert.DoesNotContain(services, descriptor => descriptor.ServiceType == typeof(IOwnerVaults));
    }

    [Fact]
    public void InvalidOptions_FailAtStartWithEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddPostgreSqlJournalStore(o => o.Schema = "Bad Name", _ => TestSchema.TestKey());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PostgreSqlJournalStoreOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("ConnectionString", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Schema", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerAway_FirstCallFailsWithTheStoresException_AndResolvingDoesNot()
    {
        var services = new ServiceCollection();
        services.AddPostgreSqlJournalStore(o => o.ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", _ => TestSchema.TestKey());
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IJournalStore>();

        await Assert.ThrowsAsync<PostgreSqlStoreUnavailableException>(() => store.ListAsync(new JournalOwnerId("x"), new JournalQuery()));
        await Assert.ThrowsAsync<PostgreSqlStoreUnavailableException>(() => store.ListAsync(new JournalOwnerId("x"), new JournalQuery()));
    }
}

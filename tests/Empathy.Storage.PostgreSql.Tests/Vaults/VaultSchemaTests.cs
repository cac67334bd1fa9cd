using System.Text;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests.Vaults;

/// <summary>The vault tables on the server: the migration that adds them, the two modes kept apart, and what a dump holds.</summary>
public sealed class VaultSchemaTests() : SchemaTest("vschema")
{
    private static readonly JournalOwnerId Alice = new("alice");

    [PostgresFact]
    public async Task SingleKeySchemaOfLayout2_IsMigratedToTheVaultTables_AndItsEntriesStayReadable()
    {
        var entry = JournalSamples.Entry();
        await using (var store = await Schema.OpenAsync())
        {
            await store.AddAsync(Alice, entry);
        }

        // As layout 2 left it: no vault tables, no record of migration 3.
        await Schema.ExecuteAsync("DROP TABLE @schema.owner_vault_wrappings; DROP TABLE @schema.owner_vaults; DELETE FROM @schema.schema_migrations WHERE version = 3");

        await using (var first = await Schema.OpenAsync())
        await using (var second = await Schema.OpenAsync())
        {
            Assert.Equal(entry, await second.GetAsync(Alice, entry.Id));
            Assert.False(first.IsVaultMode);
        }

        Assert.Equal(3, await Schema.ScalarAsync("SELECT max(version) FROM @schema.schema_migrations"));
        Assert.Equal(0L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.owner_vaults"));
    }

    [PostgresFact]
    public async Task TwoInstancesStartingTogether_InVaultMode_MigrateOnce()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Schema.OpenVaultsAsync()));
        foreach (var store in stores)
        {
            Assert.True(store.IsVaultMode);
            await store.DisposeAsync();
        }

        Assert.Equal(3L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.schema_migrations"));
    }

    [PostgresFact]
    public async Task TheTwoModes_RefuseEachOthersSchema_AndChangeNothing()
    {
        await using (var single = await Schema.OpenAsync())
        {
            await single.AddAsync(Alice, JournalSamples.Entry());
            using var secret = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting("x", 1_000);
            await Assert.ThrowsAsync<InvalidOperationException>(() => single.CreateAsync(Alice, secret, withRecoveryKey: false));
        }

        var refused = await Assert.ThrowsAsync<JournalFormatException>(() => Schema.OpenVaultsAsync());
        Assert.Contains("single-key", refused.Message);

        await using var other = new TestSchema("vmode");
        await using (await other.OpenVaultsAsync())
        {
        }

        var refusedSingle = await Assert.ThrowsAsync<JournalFormatException>(() => other.OpenAsync());
        Assert.Contains("vaults", refusedSingle.Message);
        Assert.Null(await other.ScalarAsync("SELECT value FROM @schema.journal_meta WHERE name = 'active_key_id'"));
    }

    [PostgresControlFact]
    public async Task PgDump_OfAVaultSchema_HoldsNoPlaintext_AndNoUnwrappedKey()
    {
        const string happened = "The letter from the clinic stayed unopened on the table";
        const string passphrase = "correct horse battery staple";
        byte[] vaultKey;
        await using (var store = await Schema.OpenVaultsAsync())
        {
            using var secret = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting(passphrase, 1_000);
            var created = await store.CreateAsync(Alice, secret, withRecoveryKey: true);
            using var session = created.Session;
            await store.AddAsync(Alice, JournalSamples.Entry(tags: ["clinic-letter"], whatHappened: happened));
            await store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, PracticeSamples.Record(PracticeSamples.Note()));
            await store.RotateDataKeyAsync(session);
            vaultKey = session.ExportSessionKey();
            Assert.NotNull(created.RecoveryKey);
        }

        var dump = await Schema.PgDumpAsync();

        Assert.Contains("owner_vaults", dump);
        Assert.Contains("owner_vault_wrappings", dump);
        var secrets = new[] { happened, "clinic-letter", passphrase, JournalSamples.SecretPhrase, PracticeSamples.SecretPhrase };
        foreach (var text in secrets)
        {
            Assert.DoesNotContain(text, dump, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text)), dump, StringComparison.OrdinalIgnoreCase);
        }

        // The vault key (which unwraps the data key) appears nowhere unwrapped.
        Assert.DoesNotContain(Convert.ToHexStringLower(vaultKey), dump, StringComparison.OrdinalIgnoreCase);
    }
}

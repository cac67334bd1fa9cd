using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.PostgreSql.Tests.Infrastructure;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.PostgreSql.Tests.Vaults;

/// <summary>
/// Two store instances (two data sources, as two web instances have) on one schema in vault mode: they see the same
/// vaults, and what one does to an owner's keys (a new passphrase, a rotation, an erasure) holds on the other at once.
/// </summary>
public sealed class SharedVaultTests() : SchemaTest("shared")
{
    private const int FastIterations = 1_000;
    private static readonly JournalOwnerId Alice = new("alice");

    private static OwnerSecret Passphrase(string text) => OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting(text, FastIterations);

    [PostgresFact]
    public async Task CreatedOnOne_WrittenOnTheOther_PassphraseChangedOnOne_TheOldPassphraseFailsOnTheOther()
    {
        await using var first = await Schema.OpenVaultsAsync();
        await using var second = await Schema.OpenVaultsAsync();
        var entry = JournalSamples.Entry();
        var record = PracticeSamples.Record(PracticeSamples.Note());

        using (var secret = Passphrase("old words"))
        using ((await first.CreateAsync(Alice, secret, withRecoveryKey: false)).Session)
        using (var again = Passphrase("old words"))
        using (await second.OpenAsync(Alice, again))
        {
            await second.AddAsync(Alice, entry);
            await second.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, record);
            Assert.Equal(entry, await first.GetAsync(Alice, entry.Id));
            Assert.Equal(record, await first.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, record.Id));
        }

        using (var current = Passphrase("old words"))
        using (var replacement = Passphrase("new words"))
        {
            await first.ChangeSecretAsync(Alice, current, replacement);
        }

        using (var old = Passphrase("old words"))
        {
            await Assert.ThrowsAsync<WrongJournalKeyException>(() => second.OpenAsync(Alice, old));
            await Assert.ThrowsAsync<WrongJournalKeyException>(() => first.OpenAsync(Alice, old));
        }

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => second.GetAsync(Alice, entry.Id));
        using var fresh = Passphrase("new words");
        using var session = await second.OpenAsync(Alice, fresh);
        Assert.Equal(entry, await second.GetAsync(Alice, entry.Id));
    }

    [PostgresFact]
    public async Task TwoChangesWithTheSameOldPassphrase_OnTwoInstancesAtOnce_ExactlyOneWins()
    {
        await using var first = await Schema.OpenVaultsAsync();
        await using var second = await Schema.OpenVaultsAsync();
        using (var secret = Passphrase("shared start"))
        using ((await first.CreateAsync(Alice, secret, withRecoveryKey: false)).Session)
        {
        }

        for (var round = 0; round < 5; round++)
        {
            var old = round == 0 ? "shared start" : $"winner {round - 1}";
            var results = await Task.WhenAll(
                ChangeAsync(first, old, $"first {round}"),
                ChangeAsync(second, old, $"second {round}"));

            // One change succeeded and the other was refused (its old passphrase no longer opened the vault).
            Assert.Single(results, ok => ok);
            var winner = results[0] ? $"first {round}" : $"second {round}";
            var loser = results[0] ? $"second {round}" : $"first {round}";
            using (var loserSecret = Passphrase(loser))
            {
                await Assert.ThrowsAsync<WrongJournalKeyException>(() => second.OpenAsync(Alice, loserSecret));
            }

            using (var winnerSecret = Passphrase(winner))
            using (var replacement = Passphrase($"winner {round}"))
            {
                await first.ChangeSecretAsync(Alice, winnerSecret, replacement);
            }
        }

        static async Task<bool> ChangeAsync(PostgreSqlJournalStore store, string current, string replacement)
        {
            using var currentSecret = Passphrase(current);
            using var replacementSecret = Passphrase(replacement);
            try
            {
                await store.ChangeSecretAsync(Alice, currentSecret, replacementSecret);
                return true;
            }
            catch (WrongJournalKeyException)
            {
                return false;
            }
        }
    }

    [PostgresFact]
    public async Task RotatedOnOne_WhileTheOtherWrites_EveryRecordStaysReadableOnBoth_UnderTheNewKey()
    {
        await using var first = await Schema.OpenVaultsAsync();
        await using var second = await Schema.OpenVaultsAsync();
        using var secret = Passphrase("rotate me");
        using var onFirst = (await first.CreateAsync(Alice, secret, withRecoveryKey: false)).Session;
        using var again = Passphrase("rotate me");
        using var onSecond = await second.OpenAsync(Alice, again);
        var before = onSecond.DataKeyId;

        var written = new List<JournalEntry>();
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var entry = JournalSamples.Entry(JournalSamples.Start.AddMinutes(i), ["rotation"]);
                await second.AddAsync(Alice, entry);
                written.Add(entry);
            }
        });
        for (var i = 0; i < 3; i++)
        {
            await first.RotateDataKeyAsync(onFirst);
        }

        await writing;

        var rows = (await first.ListAsync(Alice, new JournalQuery { PageSize = JournalQuery.MaxPageSize, Tag = "rotation" })).Entries;
        Assert.Equal(written.OrderBy(e => e.FeltAt).ThenBy(e => e.Id.ToString()), rows.OrderBy(e => e.FeltAt).ThenBy(e => e.Id.ToString()));
        Assert.Equal(written.Count, (await second.ExportAsync(Alice)).Entries.Count);
        Assert.True((await second.VerifyAsync(Alice)).IsIntact);
        Assert.Equal(onFirst.DataKeyId, onSecond.DataKeyId);
        Assert.NotEqual(before, onSecond.DataKeyId);
        Assert.Equal(1L, await Schema.ScalarAsync("SELECT count(DISTINCT key_id) FROM @schema.journal_entries"));
        Assert.Equal(onFirst.DataKeyId, await Schema.ScalarAsync("SELECT DISTINCT key_id FROM @schema.journal_entries"));
    }

    [PostgresFact]
    public async Task ErasedOnOne_TheOthersSessionEnds_AndNothingOfTheOwnerIsLeft()
    {
        await using var first = await Schema.OpenVaultsAsync();
        await using var second = await Schema.OpenVaultsAsync();
        using var secret = Passphrase("erase me");
        using var onFirst = (await first.CreateAsync(Alice, secret, withRecoveryKey: true)).Session;
        using var again = Passphrase("erase me");
        using var onSecond = await second.OpenAsync(Alice, again);
        await second.AddRangeAsync(Alice, JournalSamples.Hourly(5));
        await second.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, PracticeSamples.Record(PracticeSamples.Note()));

        await first.EraseOwnerAsync(Alice);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => second.RotateDataKeyAsync(onSecond));

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => second.ListAsync(Alice, new JournalQuery()));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => second.AddAsync(Alice, JournalSamples.Entry()));
        using (var old = Passphrase("erase me"))
        {
            await Assert.ThrowsAsync<WrongJournalKeyException>(() => second.OpenAsync(Alice, old));
        }

        foreach (var table in new[] { "journal_entries", "journal_entry_tags", "journal_owner_digests", "practice_records", "owner_vaults", "owner_vault_wrappings" })
        {
            Assert.Equal(0L, await Schema.ScalarAsync($"SELECT count(*) FROM @schema.{table} WHERE owner = $1", Alice.Value));
        }

        // A new vault of the same owner, made on the other instance, is not opened by the ended sessions' keys.
        using var newSecret = Passphrase("a new start");
        using var fresh = (await second.CreateAsync(Alice, newSecret, withRecoveryKey: false)).Session;
        Assert.Empty((await second.ListAsync(Alice, new JournalQuery())).Entries);
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => first.ListAsync(Alice, new JournalQuery()));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => first.RotateDataKeyAsync(onFirst));
    }

    [PostgresFact]
    public async Task CancelledCalls_StopWithCancellation_AndChangeNothing()
    {
        await using var store = await Schema.OpenVaultsAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var secret = Passphrase("keep me");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.CreateAsync(Alice, secret, withRecoveryKey: false, cancelled.Token));
        Assert.Equal(0L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.owner_vaults"));

        using var session = (await store.CreateAsync(Alice, secret, withRecoveryKey: false)).Session;
        using var replacement = Passphrase("never set");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ChangeSecretAsync(Alice, secret, replacement, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddAsync(Alice, JournalSamples.Entry(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.RotateDataKeyAsync(session, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.EraseOwnerAsync(Alice, cancelled.Token));

        Assert.Equal(0L, await Schema.ScalarAsync("SELECT count(*) FROM @schema.journal_entries"));
        using var reopened = await store.OpenAsync(Alice, secret);
        Assert.Equal(session.DataKeyId, reopened.DataKeyId);
    }
}

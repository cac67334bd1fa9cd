using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage.Vaults;

/// <summary>The in-memory vault store keeps practice records behind the same vault check as its journal.</summary>
public sealed class InMemoryVaultStorePracticeTests
{
    private static readonly JournalOwnerId Alice = new("alice");
    private static readonly JournalOwnerId Bob = new("bob");

    [Fact]
    public async Task PracticeCalls_WithoutAnOpenSession_AreRefused_AndWithOne_Work()
    {
        using var store = new InMemoryVaultStore();
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        using var secret = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting("alice's passphrase", 1_000);

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.AddAsync(Alice, PracticeKinds.InnerCritics, record));

        var created = await store.CreateAsync(Alice, secret, withRecoveryKey: false);
        using (created.Session)
        {
            await store.AddAsync(Alice, PracticeKinds.InnerCritics, record);
            Assert.Equal(record, await store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
            Assert.Single((await ((IPracticeStore)store).ExportAsync(Alice)).RecordsOf(PracticeKinds.InnerCritics));
            await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.GetAsync(Bob, PracticeKinds.InnerCritics, record.Id));
        }

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.GetAsync(Alice, PracticeKinds.InnerCritics, record.Id));
    }

    [Fact]
    public async Task EraseOwner_ForgetsTheirPracticeRecords()
    {
        using var store = new InMemoryVaultStore();
        using var secret = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting("alice's passphrase", 1_000);
        var record = PracticeSamples.Record(PracticeSamples.Note());
        var created = await store.CreateAsync(Alice, secret, withRecoveryKey: false);
        await store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, record);
        created.Session.Dispose();

        await store.EraseOwnerAsync(Alice);
        using var again = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting("alice's passphrase", 1_000);
        using var fresh = (await store.CreateAsync(Alice, again, withRecoveryKey: false)).Session;

        await Assert.ThrowsAsync<PracticeRecordNotFoundException>(() => store.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, record.Id));
    }
}

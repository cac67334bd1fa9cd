using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Xunit;

namespace Empathy.Tests.Shared.Storage;

/// <summary>
/// What every store with per-owner vaults must do: isolation (every journal method with a locked, unknown
/// or other owner), wrapping, secret change, recovery, data-key rotation and erasure. A store's test class
/// derives from this and creates a fresh, empty store in vault mode.
/// </summary>
public abstract class OwnerVaultContractTests : IAsyncLifetime
{
    protected const int FastIterations = 1_000;

    protected static readonly JournalOwnerId Alice = new("alice");
    protected static readonly JournalOwnerId Bob = new("bob");
    protected static readonly JournalOwnerId Nobody = new("nobody-at-all");

    protected IOwnerVaults Vaults { get; private set; } = null!;

    protected IJournalStore Journal => (IJournalStore)Vaults;

    /// <summary>A new, empty store in vault mode (it implements <see cref="IJournalStore"/> too).</summary>
    protected abstract Task<IOwnerVaults> CreateStoreAsync();

    /// <summary>A passphrase at a test-only iteration count, so tests derive keys in microseconds.</summary>
    protected static OwnerSecret Passphrase(string text) => OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting(text, FastIterations);

    public async Task InitializeAsync() => Vaults = await CreateStoreAsync();

    public virtual Task DisposeAsync()
    {
        (Vaults as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_ThenReopenWithThePassphrase_ReadsWhatWasWritten()
    {
        var entry = JournalSamples.Entry();
        using (var secret = Passphrase("alice's words"))
        {
            var created = await Vaults.CreateAsync(Alice, secret, withRecoveryKey: false);
            Assert.Null(created.RecoveryKey);
            using var session = created.Session;
            Assert.Equal(Alice, session.Owner);
            Assert.StartsWith("dk-", session.DataKeyId);
            await Journal.AddAsync(Alice, entry);
        }

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.GetAsync(Alice, entry.Id));
        using var again = Passphrase("alice's words");
        using var reopened = await Vaults.OpenAsync(Alice, again);
        Assert.Equal(entry, await Journal.GetAsync(Alice, entry.Id));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("nobody-at-all")]
    public async Task EveryJournalMethod_ForAnOwnerWithoutASession_ThrowsLocked_WhetherOrNotTheyExist(string ownerId)
    {
        var owner = new JournalOwnerId(ownerId);
        var entry = JournalSamples.Entry();
        using (var created = (await CreateAliceAsync()).Session)
        {
            await Journal.AddAsync(Alice, entry);
        }

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.AddAsync(owner, JournalSamples.Entry()));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.AddRangeAsync(owner, JournalSamples.Hourly(2)));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.UpdateAsync(owner, entry));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.GetAsync(owner, entry.Id));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ListAsync(owner, new JournalQuery()));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ListAsync(owner, new JournalQuery { Tag = "meeting" }));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.DeleteAsync(owner, entry.Id));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ExportAsync(owner));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ImportAsync(owner, new JournalExport { ExportedAt = JournalSamples.Start, Entries = [JournalSamples.Entry()] }));
        var locked = await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.GetAsync(owner, entry.Id));
        Assert.Equal(OwnerVaultLockedException.DefaultMessage, locked.Message);
    }

    [Fact]
    public async Task AnOpenOwner_NeverReachesAnotherOwnersEntries_ThroughAnyMethod()
    {
        var bobs = JournalSamples.Entry(tags: ["shared-tag"]);
        using (var bob = (await CreateAsync(Bob, "bob's words")).Session)
        {
            await Journal.AddAsync(Bob, bobs);
        }

        using var alice = (await CreateAliceAsync()).Session;
        await Journal.AddAsync(Alice, JournalSamples.Entry(tags: ["shared-tag"]));

        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Journal.GetAsync(Alice, bobs.Id));
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Journal.UpdateAsync(Alice, bobs));
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => Journal.DeleteAsync(Alice, bobs.Id));
        Assert.DoesNotContain((await Journal.ListAsync(Alice, new JournalQuery { Tag = "shared-tag" })).Entries, e => e.Id == bobs.Id);
        Assert.Single((await Journal.ListAsync(Alice, new JournalQuery())).Entries);
        Assert.Single((await Journal.ExportAsync(Alice)).Entries);
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.GetAsync(Bob, bobs.Id));
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ListAsync(Bob, new JournalQuery()));

        using var bobAgain = Passphrase("bob's words");
        using var bobSession = await Vaults.OpenAsync(Bob, bobAgain);
        Assert.Equal(bobs, await Journal.GetAsync(Bob, bobs.Id));
    }

    [Fact]
    public async Task WrongPassphrase_AndUnknownOwner_AreRefusedAlike_AndOtherOwnersKeepWorking()
    {
        using var alice = (await CreateAliceAsync()).Session;
        using (var bob = (await CreateAsync(Bob, "bob's words")).Session)
        {
        }

        using var wrong = Passphrase("not bob's words");
        var wrongError = await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Bob, wrong));
        var unknownError = await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Nobody, wrong));

        Assert.Equal(wrongError.Message, unknownError.Message);
        await Journal.AddAsync(Alice, JournalSamples.Entry());
        Assert.Single((await Journal.ExportAsync(Alice)).Entries);
        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ExportAsync(Bob));
    }

    [Fact]
    public async Task Create_ForAnOwnerWithAVault_ThrowsExists_AndKeepsTheFirstVault()
    {
        using (var first = (await CreateAliceAsync()).Session)
        {
            await Journal.AddAsync(Alice, JournalSamples.Entry());
        }

        using var other = Passphrase("another");
        await Assert.ThrowsAsync<OwnerVaultExistsException>(() => Vaults.CreateAsync(Alice, other, withRecoveryKey: false));
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, other));
        using var right = Passphrase("alice's words");
        using var session = await Vaults.OpenAsync(Alice, right);
        Assert.Single((await Journal.ExportAsync(Alice)).Entries);
    }

    [Fact]
    public async Task ChangeSecret_OldPassphraseStops_NewOneOpens_EntriesStay()
    {
        var entry = JournalSamples.Entry();
        using (var session = (await CreateAliceAsync()).Session)
        {
            await Journal.AddAsync(Alice, entry);
        }

        using var old = Passphrase("alice's words");
        using var replacement = Passphrase("alice's new words");
        await Vaults.ChangeSecretAsync(Alice, old, replacement);

        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, old));
        using var opened = await Vaults.OpenAsync(Alice, replacement);
        Assert.Equal(entry, await Journal.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task ChangeSecret_WithAWrongCurrentSecret_ChangesNothing()
    {
        using (var session = (await CreateAliceAsync()).Session)
        {
        }

        using var wrong = Passphrase("guess");
        using var replacement = Passphrase("attacker's words");
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.ChangeSecretAsync(Alice, wrong, replacement));

        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, replacement));
        using var right = Passphrase("alice's words");
        using var opened = await Vaults.OpenAsync(Alice, right);
    }

    [Fact]
    public async Task ChangeSecret_ToARecoveryOrSessionKey_IsRefused_AndChangesNothing()
    {
        var created = await CreateAliceAsync(withRecoveryKey: true);
        using var current = Passphrase("alice's words");
        using var sessionKey = OwnerSecret.FromSessionKey(created.Session.ExportSessionKey());
        using var recovery = OwnerSecret.FromRecoveryKey(created.RecoveryKey!);
        created.Session.Dispose();

        await Assert.ThrowsAsync<ArgumentException>(() => Vaults.ChangeSecretAsync(Alice, current, sessionKey));
        await Assert.ThrowsAsync<ArgumentException>(() => Vaults.ChangeSecretAsync(Alice, current, recovery));
        using var opened = await Vaults.OpenAsync(Alice, current);
    }

    [Fact]
    public async Task Recovery_ResetsThePassphrase_AndIssuesANewKey_TheOldOneStops()
    {
        var entry = JournalSamples.Entry();
        var created = await CreateAliceAsync(withRecoveryKey: true);
        Assert.NotNull(created.RecoveryKey);
        using (created.Session)
        {
            await Journal.AddAsync(Alice, entry);
        }

        using var forgotten = Passphrase("alice's words");
        using var replacement = Passphrase("a fresh start");
        var typedBack = RecoveryKey.Parse(created.RecoveryKey!.ToString().ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        var next = await Vaults.ResetWithRecoveryKeyAsync(Alice, typedBack, replacement);

        Assert.NotEqual(created.RecoveryKey.ToString(), next.ToString());
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, forgotten));
        using (var oldRecovery = OwnerSecret.FromRecoveryKey(created.RecoveryKey))
        {
            await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, oldRecovery));
        }

        using (var newRecovery = OwnerSecret.FromRecoveryKey(next))
        using (await Vaults.OpenAsync(Alice, newRecovery))
        {
        }

        using var opened = await Vaults.OpenAsync(Alice, replacement);
        Assert.Equal(entry, await Journal.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task Recovery_WithoutARecoveryKeyIssued_OrAWrongOne_IsRefused()
    {
        using (var session = (await CreateAliceAsync()).Session)
        {
        }

        using var replacement = Passphrase("a fresh start");
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.ResetWithRecoveryKeyAsync(Alice, RecoveryKey.Create(), replacement));
        using var right = Passphrase("alice's words");
        using var opened = await Vaults.OpenAsync(Alice, right);
    }

    [Fact]
    public async Task RotateDataKey_ChangesThatOwnersKeyOnly_EntriesStayReadable_SecretsStillOpen()
    {
        var entries = JournalSamples.Hourly(5, ["rotating"]);
        using var bob = (await CreateAsync(Bob, "bob's words")).Session;
        await Journal.AddAsync(Bob, JournalSamples.Entry());
        var bobKey = bob.DataKeyId;
        var created = await CreateAliceAsync(withRecoveryKey: true);
        using (var alice = created.Session)
        {
            await Journal.AddRangeAsync(Alice, entries);
            var before = alice.DataKeyId;

            await Vaults.RotateDataKeyAsync(alice);

            Assert.NotEqual(before, alice.DataKeyId);
            Assert.Equal(entries, (await Journal.ListAsync(Alice, new JournalQuery { Tag = "rotating" })).Entries);
        }

        Assert.Equal(bobKey, bob.DataKeyId);
        Assert.Single((await Journal.ExportAsync(Bob)).Entries);
        using var passphrase = Passphrase("alice's words");
        using (await Vaults.OpenAsync(Alice, passphrase))
        {
            Assert.Equal(entries, (await Journal.ExportAsync(Alice)).Entries);
        }

        using var recovery = OwnerSecret.FromRecoveryKey(created.RecoveryKey!);
        using var byRecovery = await Vaults.OpenAsync(Alice, recovery);
    }

    [Fact]
    public async Task Erase_RemovesRecordsAndKeys_EndsSessions_AndLeavesOthersAlone()
    {
        using var bob = (await CreateAsync(Bob, "bob's words")).Session;
        var bobs = JournalSamples.Entry();
        await Journal.AddAsync(Bob, bobs);
        var alice = (await CreateAliceAsync(withRecoveryKey: true)).Session;
        await Journal.AddRangeAsync(Alice, JournalSamples.Hourly(3));

        await Vaults.EraseOwnerAsync(Alice);

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ExportAsync(Alice));
        Assert.Throws<ObjectDisposedException>(() => alice.ExportSessionKey());
        using var passphrase = Passphrase("alice's words");
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, passphrase));
        Assert.Equal(bobs, await Journal.GetAsync(Bob, bobs.Id));
        alice.Dispose();

        using var fresh = (await Vaults.CreateAsync(Alice, passphrase, withRecoveryKey: false)).Session;
        Assert.Empty((await Journal.ExportAsync(Alice)).Entries);
        await Vaults.EraseOwnerAsync(Nobody); // idempotent for an unknown owner
    }

    [Fact]
    public async Task Sessions_AreLeases_TheLastOneClosesTheOwner()
    {
        var first = (await CreateAliceAsync()).Session;
        using var passphrase = Passphrase("alice's words");
        var second = await Vaults.OpenAsync(Alice, passphrase);

        first.Dispose();
        first.Dispose();
        await Journal.AddAsync(Alice, JournalSamples.Entry());
        second.Dispose();

        await Assert.ThrowsAsync<OwnerVaultLockedException>(() => Journal.ExportAsync(Alice));
    }

    [Fact]
    public async Task ExportedSessionKey_OpensTheVault_AndAForeignOneDoesNot()
    {
        byte[] sessionKey;
        var entry = JournalSamples.Entry();
        using (var session = (await CreateAliceAsync()).Session)
        {
            sessionKey = session.ExportSessionKey();
            await Journal.AddAsync(Alice, entry);
        }

        using (var again = OwnerSecret.FromSessionKey(sessionKey))
        using (await Vaults.OpenAsync(Alice, again))
        {
            Assert.Equal(entry, await Journal.GetAsync(Alice, entry.Id));
        }

        using var bobs = (await CreateAsync(Bob, "bob's words")).Session;
        using var aliceKeyForBob = OwnerSecret.FromSessionKey(sessionKey);
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Bob, aliceKeyForBob));
    }

    [Fact]
    public async Task AppKey_OpensItsVault_AnotherKeyOrIdDoesNot()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using (var secret = OwnerSecret.FromAppKey("device-1", key))
        using ((await Vaults.CreateAsync(Alice, secret, withRecoveryKey: false)).Session)
        {
        }

        using var otherId = OwnerSecret.FromAppKey("device-2", key);
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, otherId));
        key[0] ^= 1;
        using var otherKey = OwnerSecret.FromAppKey("device-1", key);
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, otherKey));
        key[0] ^= 1;
        using var right = OwnerSecret.FromAppKey("device-1", key);
        using var opened = await Vaults.OpenAsync(Alice, right);
    }

    [Fact]
    public async Task BadInput_IsRefusedClearly_AndCreatesNothing()
    {
        using var passphrase = Passphrase("alice's words");
        await Assert.ThrowsAsync<ArgumentException>(() => Vaults.CreateAsync(default, passphrase, withRecoveryKey: false));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Vaults.CreateAsync(Alice, null!, withRecoveryKey: false));
        using var recovery = OwnerSecret.FromRecoveryKey(RecoveryKey.Create());
        await Assert.ThrowsAsync<ArgumentException>(() => Vaults.CreateAsync(Alice, recovery, withRecoveryKey: false));
        await Assert.ThrowsAsync<ArgumentException>(() => Vaults.OpenAsync(default, passphrase));
        await Assert.ThrowsAsync<ArgumentException>(() => Vaults.EraseOwnerAsync(default));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Vaults.RotateDataKeyAsync(null!));
        var disposed = Passphrase("gone");
        disposed.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Vaults.CreateAsync(Alice, disposed, withRecoveryKey: false));

        await Assert.ThrowsAsync<WrongJournalKeyException>(() => Vaults.OpenAsync(Alice, passphrase));
    }

    private Task<OwnerVaultCreation> CreateAliceAsync(bool withRecoveryKey = false) => CreateAsync(Alice, "alice's words", withRecoveryKey);

    private async Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, string passphrase, bool withRecoveryKey = false)
    {
        using var secret = Passphrase(passphrase);
        return await Vaults.CreateAsync(owner, secret, withRecoveryKey);
    }
}

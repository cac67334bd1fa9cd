using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Core.Tests.Storage.Vaults;

/// <summary>
/// <see cref="OwnerVaultRegistry.Refresh"/>: how a store shared by several app instances brings an owner's open keys
/// in line with what another instance wrote (a rotated data key, or a vault erased and made anew).
/// </summary>
public sealed class OwnerVaultRegistryRefreshTests
{
    private static readonly JournalOwnerId Alice = new("alice");
    private static readonly EntryAddress Address = new("alice", "entry-1", 1);

    private static OwnerSecret Passphrase(string text) => OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting(text, 1_000);

    [Fact]
    public void ARecordRotatedElsewhere_IsOpenedUnderTheVaultKey_AndSealsAsThatInstanceDoes()
    {
        using var secret = Passphrase("words");
        var created = OwnerVaultKeys.Create(Alice, secret, withRecoveryKey: false);
        var stored = created.Vault;
        using var registry = new OwnerVaultRegistry();
        using var session = registry.Lease(created.Unlocked);

        // "Another instance": the same vault opened from the stored rows, its data key rotated there.
        using var elsewhere = OwnerVaultKeys.Open(Alice, secret, stored, created.Wrappings);
        var rotated = OwnerVaultKeys.NewDataKey(elsewhere, out var rotatedCodec);
        using (rotatedCodec)
        {
            var sealedThere = rotatedCodec.Seal("hello"u8, Address);

            Assert.True(registry.Refresh(Alice, stored));
            Assert.Equal(stored.DataKeyId, session.DataKeyId);
            Assert.True(registry.Refresh(Alice, rotated));

            Assert.Equal(rotated.DataKeyId, session.DataKeyId);
            Assert.True(registry.Use(Alice, codec => codec.TryOpen(sealedThere, Address, out var plain) && plain.AsSpan().SequenceEqual("hello"u8)));
        }
    }

    [Fact]
    public void ARecordOfAVaultMadeAnew_DoesNotOpen_AndClosesTheOwner()
    {
        using var first = Passphrase("first");
        var created = OwnerVaultKeys.Create(Alice, first, withRecoveryKey: false);
        using var registry = new OwnerVaultRegistry();
        using var session = registry.Lease(created.Unlocked);
        using var second = Passphrase("second");
        var remade = OwnerVaultKeys.Create(Alice, second, withRecoveryKey: false);
        remade.Unlocked.Dispose();

        Assert.False(registry.Refresh(Alice, remade.Vault));

        Assert.False(registry.IsOpen(Alice));
        Assert.Throws<OwnerVaultLockedException>(() => registry.Use(Alice, codec => codec.KeyId));
        Assert.Throws<ObjectDisposedException>(() => session.DataKeyId);
        Assert.False(registry.Refresh(Alice, created.Vault));
    }
}

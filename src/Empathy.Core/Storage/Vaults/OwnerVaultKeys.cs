using System.Security.Cryptography;
using System.Text;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// The key crypto of per-owner vaults, over plain stored records (<see cref="StoredOwnerVault"/>,
/// <see cref="StoredVaultWrapping"/>), so every store (SQLite, in memory, a database server) only persists rows.
/// </summary>
/// <remarks>
/// <para>
/// Each owner has a random 256-bit data key (DK), whose codec (<see cref="AesGcmEntryCodec"/>, via the same
/// key derivation as a single-key journal) seals their records, and a random 256-bit vault key (VK). The DK
/// is stored only wrapped under the VK; the VK only wrapped under key-encryption keys, one per way in:
/// PBKDF2-SHA256 of the passphrase (random 16-byte salt), HKDF-SHA256 of a recovery key, HKDF-SHA256 of an app key.
/// Wrapping is AES-256-GCM with associated data naming the owner, the purpose and the key id.
/// </para>
/// <para>Thread-safe (no state). Deriving from a passphrase is deliberately slow.</para>
/// </remarks>
public static class OwnerVaultKeys
{
    /// <summary>The <see cref="StoredVaultWrapping.Kind"/> of a passphrase wrapping.</summary>
    public const string PassphraseKind = "pbkdf2-sha256";

    /// <summary>The <see cref="StoredVaultWrapping.Kind"/> of an app-key wrapping.</summary>
    public const string AppKeyKind = "app-key";

    /// <summary>The <see cref="StoredVaultWrapping.Kind"/> of a recovery-key wrapping.</summary>
    public const string RecoveryKeyKind = "recovery-key";

    /// <summary>The size of a PBKDF2 salt, in bytes.</summary>
    public const int SaltSize = 16;

    /// <summary>The message of every refusal to open: the same for a wrong secret and an unknown owner.</summary>
    public const string WrongSecretMessage = "This secret does not open a vault of this owner. Nothing was read or changed; try again with the right passphrase or key.";

    private const string DataKeyPurpose = "data-key";
    private static readonly byte[] RecoveryInfo = Encoding.ASCII.GetBytes("Empathy.Core vault recovery key v1");
    private static readonly byte[] AppKeyInfo = Encoding.ASCII.GetBytes("Empathy.Core vault app key v1");

    /// <summary>A new vault: random VK and DK, the VK wrapped under <paramref name="secret"/> and, when asked, under a new recovery key.</summary>
    /// <param name="owner">Whose vault.</param>
    /// <param name="secret">A passphrase or an app key.</param>
    /// <param name="withRecoveryKey">Whether to issue a recovery key.</param>
    /// <returns>What to store, the keys in memory (the caller owns them) and the recovery key, if any.</returns>
    /// <exception cref="ArgumentException">The secret is a recovery key or a session key.</exception>
    public static CreatedOwnerVault Create(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        RequireWrappingSecret(secret, nameof(secret));
        var vaultKey = RandomNumberGenerator.GetBytes(KeyWrap.KeySize);
        var vault = NewDataKey(owner, vaultKey, out var codec);
        var unlocked = new UnlockedOwnerVault(owner, vaultKey, codec);
        try
        {
            var wrappings = new List<StoredVaultWrapping> { Wrap(unlocked, secret) };
            RecoveryKey? recovery = null;
            if (withRecoveryKey)
            {
                (var wrapping, recovery) = WrapNewRecoveryKey(unlocked);
                wrappings.Add(wrapping);
            }

            return new CreatedOwnerVault(vault, wrappings, unlocked, recovery);
        }
        catch
        {
            unlocked.Dispose();
            throw;
        }
    }

    /// <summary>Opens a stored vault with <paramref name="secret"/>.</summary>
    /// <param name="owner">Whose vault.</param>
    /// <param name="secret">Any kind of secret.</param>
    /// <param name="vault">The stored data key record, or <see langword="null"/> when the owner has none.</param>
    /// <param name="wrappings">The owner's stored wrappings (any order; empty when the owner has none).</param>
    /// <returns>The keys in memory; the caller owns them (hand them to an <see cref="OwnerVaultRegistry"/>).</returns>
    /// <exception cref="WrongJournalKeyException">The secret opens nothing of this owner, or the owner has no vault (<see cref="WrongSecretMessage"/> either way).</exception>
    /// <exception cref="JournalKeyTamperedException">A stored PBKDF2 count or salt is outside <see cref="StoredKeyLimits"/>; nothing was derived.</exception>
    public static UnlockedOwnerVault Open(JournalOwnerId owner, OwnerSecret secret, StoredOwnerVault? vault, IReadOnlyList<StoredVaultWrapping> wrappings)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(wrappings);
        byte[]? vaultKey = null;
        if (vault is not null)
        {
            vaultKey = secret.Kind == OwnerSecretKind.SessionKey ? secret.Material.ToArray() : UnwrapVaultKey(owner, secret, wrappings);
        }

        if (vault is null || vaultKey is null)
        {
            throw new WrongJournalKeyException(WrongSecretMessage);
        }

        var codec = OpenDataKey(owner, vaultKey, vault);
        if (codec is null)
        {
            CryptographicOperations.ZeroMemory(vaultKey);
            throw new WrongJournalKeyException(WrongSecretMessage);
        }

        return new UnlockedOwnerVault(owner, vaultKey, codec);
    }

    /// <summary>The vault key of <paramref name="vault"/> wrapped under <paramref name="secret"/> (a passphrase or app key: slot <see cref="VaultWrappingSlot.Secret"/>).</summary>
    /// <param name="vault">The open vault.</param>
    /// <param name="secret">The passphrase or app key.</param>
    /// <exception cref="ArgumentException">The secret is a recovery key or a session key.</exception>
    public static StoredVaultWrapping Wrap(UnlockedOwnerVault vault, OwnerSecret secret)
    {
        ArgumentNullException.ThrowIfNull(vault);
        RequireWrappingSecret(secret, nameof(secret));
        var owner = vault.Owner.Value;
        if (secret.Kind == OwnerSecretKind.Passphrase)
        {
            var salt = RandomNumberGenerator.GetBytes(SaltSize);
            var keyId = "pp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            var kek = Pbkdf2(secret.Material, salt, secret.Iterations);
            return new StoredVaultWrapping(owner, VaultWrappingSlot.Secret, PassphraseKind, keyId, salt, secret.Iterations, WrapVaultKey(kek, vault, PassphraseKind, keyId));
        }

        var appKek = Hkdf(secret.Material, AppKeyInfo);
        return new StoredVaultWrapping(owner, VaultWrappingSlot.Secret, AppKeyKind, secret.KeyId!, null, 0, WrapVaultKey(appKek, vault, AppKeyKind, secret.KeyId!));
    }

    /// <summary>A new recovery key and the vault key wrapped under it (slot <see cref="VaultWrappingSlot.Recovery"/>).</summary>
    /// <param name="vault">The open vault.</param>
    public static (StoredVaultWrapping Wrapping, RecoveryKey RecoveryKey) WrapNewRecoveryKey(UnlockedOwnerVault vault)
    {
        ArgumentNullException.ThrowIfNull(vault);
        var recovery = RecoveryKey.Create();
        var material = recovery.CopyBytes();
        var kek = Hkdf(material, RecoveryInfo);
        CryptographicOperations.ZeroMemory(material);
        var keyId = "rk-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return (new StoredVaultWrapping(vault.Owner.Value, VaultWrappingSlot.Recovery, RecoveryKeyKind, keyId, null, 0, WrapVaultKey(kek, vault, RecoveryKeyKind, keyId)), recovery);
    }

    /// <summary>A new random data key for the vault's owner, wrapped under the vault key: the step of a data-key rotation.</summary>
    /// <param name="vault">The open vault.</param>
    /// <param name="codec">The new data key's codec; the caller owns it.</param>
    /// <returns>The record to store in place of the old one.</returns>
    public static StoredOwnerVault NewDataKey(UnlockedOwnerVault vault, out AesGcmEntryCodec codec)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return NewDataKey(vault.Owner, vault.VaultKey, out codec);
    }

    private static StoredOwnerVault NewDataKey(JournalOwnerId owner, ReadOnlySpan<byte> vaultKey, out AesGcmEntryCodec codec)
    {
        var dataKey = RandomNumberGenerator.GetBytes(KeyWrap.KeySize);
        var keyId = "dk-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var wrapped = KeyWrap.Wrap(vaultKey, dataKey, owner.Value, DataKeyPurpose, keyId);
        var keys = EntryKeys.DeriveAndWipe(keyId, dataKey);
        codec = new AesGcmEntryCodec(keys);
        return new StoredOwnerVault(owner.Value, keyId, wrapped, keys.CheckValue.ToArray());
    }

    /// <summary>The codec of a data key record under an open vault's vault key, or <see langword="null"/> when it does not open with it.</summary>
    internal static AesGcmEntryCodec? TryOpenDataKey(UnlockedOwnerVault vault, StoredOwnerVault record)
    {
        var vaultKey = vault.VaultKey.ToArray();
        try
        {
            return OpenDataKey(vault.Owner, vaultKey, record);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(vaultKey);
        }
    }

    private static AesGcmEntryCodec? OpenDataKey(JournalOwnerId owner, byte[] vaultKey, StoredOwnerVault vault)
    {
        if (vault.Owner != owner.Value || vault.CheckValue is not { Length: StoredKeyLimits.CheckValueSize })
        {
            return null;
        }

        var dataKey = KeyWrap.TryUnwrap(vaultKey, vault.WrappedDataKey, owner.Value, DataKeyPurpose, vault.DataKeyId);
        if (dataKey is null)
        {
            return null;
        }

        var keys = EntryKeys.DeriveAndWipe(vault.DataKeyId, dataKey);
        if (!keys.Matches(vault.CheckValue))
        {
            keys.Dispose();
            return null;
        }

        return new AesGcmEntryCodec(keys);
    }

    private static byte[]? UnwrapVaultKey(JournalOwnerId owner, OwnerSecret secret, IReadOnlyList<StoredVaultWrapping> wrappings)
    {
        foreach (var wrapping in wrappings)
        {
            if (wrapping.Owner != owner.Value)
            {
                continue;
            }

            var kek = secret.Kind switch
            {
                OwnerSecretKind.Passphrase when wrapping.Kind == PassphraseKind => Pbkdf2(secret.Material, RequireSalt(wrapping), RequireIterations(wrapping)),
                OwnerSecretKind.AppKey when wrapping.Kind == AppKeyKind && wrapping.KeyId == secret.KeyId => Hkdf(secret.Material, AppKeyInfo),
                OwnerSecretKind.RecoveryKey when wrapping.Kind == RecoveryKeyKind => Hkdf(secret.Material, RecoveryInfo),
                _ => null,
            };
            if (kek is null)
            {
                continue;
            }

            var vaultKey = KeyWrap.TryUnwrap(kek, wrapping.WrappedVaultKey, owner.Value, VaultKeyPurpose(wrapping.Kind), wrapping.KeyId);
            CryptographicOperations.ZeroMemory(kek);
            if (vaultKey is not null)
            {
                return vaultKey;
            }
        }

        return null;
    }

    private static byte[] WrapVaultKey(byte[] kek, UnlockedOwnerVault vault, string kind, string keyId)
    {
        try
        {
            return KeyWrap.Wrap(kek, vault.VaultKey, vault.Owner.Value, VaultKeyPurpose(kind), keyId);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    private static string VaultKeyPurpose(string kind) => "vault-key/" + kind;

    private static void RequireWrappingSecret(OwnerSecret secret, string paramName)
    {
        ArgumentNullException.ThrowIfNull(secret, paramName);
        if (secret.Kind is not (OwnerSecretKind.Passphrase or OwnerSecretKind.AppKey))
        {
            throw new ArgumentException($"A vault key is wrapped only under a passphrase or an app key, not {secret.KindInWords}: a recovery key is issued by the vault, and a session key is the vault key itself.", paramName);
        }
    }

    private static byte[] RequireSalt(StoredVaultWrapping wrapping) =>
        wrapping.Salt is { Length: >= StoredKeyLimits.MinimumSaltSize and <= StoredKeyLimits.MaximumSaltSize } salt
            ? salt
            : throw Tampered(wrapping, $"its salt is {wrapping.Salt?.Length ?? 0} bytes; {StoredKeyLimits.MinimumSaltSize} to {StoredKeyLimits.MaximumSaltSize} are allowed");

    private static int RequireIterations(StoredVaultWrapping wrapping) =>
        wrapping.Iterations is >= StoredKeyLimits.MinimumIterations and <= StoredKeyLimits.MaximumIterations
            ? wrapping.Iterations
            : throw Tampered(wrapping, $"it names {wrapping.Iterations:N0} PBKDF2 iterations; {StoredKeyLimits.MinimumIterations:N0} to {StoredKeyLimits.MaximumIterations:N0} are allowed");

    private static JournalKeyTamperedException Tampered(StoredVaultWrapping wrapping, string what) =>
        new($"The stored wrapping '{wrapping.KeyId}' of a vault key was changed outside this library: {what}. It was refused before any key was derived; restore the database from a backup.");

    private static byte[] Pbkdf2(ReadOnlySpan<byte> passphrase, byte[] salt, int iterations)
    {
        var key = new byte[KeyWrap.KeySize];
        Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, key, iterations, HashAlgorithmName.SHA256);
        return key;
    }

    private static byte[] Hkdf(ReadOnlySpan<byte> key, byte[] info)
    {
        var output = new byte[KeyWrap.KeySize];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, output, salt: [], info);
        return output;
    }
}

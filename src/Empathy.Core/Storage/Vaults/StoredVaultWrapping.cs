namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// One way into an owner's vault, as a store keeps it: the vault key wrapped (AES-256-GCM) under a key
/// derived from one secret, with what is needed to derive it again. None of it reveals the vault key.
/// </summary>
/// <param name="Owner">The owner's id.</param>
/// <param name="Slot">Which way in this is (one row per slot and owner).</param>
/// <param name="Kind">How the wrapping key is derived: <c>pbkdf2-sha256</c>, <c>app-key</c> or <c>recovery-key</c>.</param>
/// <param name="KeyId">The wrapping's id (for an app key, the app's key id), bound into the wrapping.</param>
/// <param name="Salt">The PBKDF2 salt; <see langword="null"/> for the other kinds.</param>
/// <param name="Iterations">The PBKDF2 iteration count; 0 for the other kinds.</param>
/// <param name="WrappedVaultKey">The vault key wrapped: format byte, nonce, ciphertext, tag.</param>
/// <remarks>A record of arrays: treat it as immutable once made.</remarks>
public sealed record StoredVaultWrapping(string Owner, VaultWrappingSlot Slot, string Kind, string KeyId, byte[]? Salt, int Iterations, byte[] WrappedVaultKey);

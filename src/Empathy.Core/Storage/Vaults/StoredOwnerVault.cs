namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// What a store keeps of an owner's data key: its id (stored in clear beside every record it seals), the
/// key wrapped under the owner's vault key (AES-256-GCM), and its check value. None of it reveals the key.
/// Made by <see cref="OwnerVaultKeys"/>; handed back to it as it was stored.
/// </summary>
/// <param name="Owner">The owner's id.</param>
/// <param name="DataKeyId">The data key's id, <c>dk-</c> and 12 hex digits.</param>
/// <param name="WrappedDataKey">The data key wrapped under the vault key: format byte, nonce, ciphertext, tag.</param>
/// <param name="CheckValue">A one-way value of the data key (the same value the single-key store kept), to tell it from another.</param>
/// <remarks>A record of arrays: treat it as immutable once made.</remarks>
public sealed record StoredOwnerVault(string Owner, string DataKeyId, byte[] WrappedDataKey, byte[] CheckValue);

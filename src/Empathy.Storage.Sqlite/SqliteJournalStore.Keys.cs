using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;
using static Empathy.Storage.Sqlite.SqliteVaultCommands;

namespace Empathy.Storage.Sqlite;

// The store's key rotation and write-ahead log checkpoints.
public sealed partial class SqliteJournalStore
{
    /// <summary>
    /// Single-key mode: replaces the store's key by a new one from <paramref name="newKeyProvider"/> and gives
    /// every owner a new data key, re-encrypting every record of every owner, in one transaction. Afterwards
    /// only the new key opens the store, and no old key opens any stored row; if anything fails, nothing changed.
    /// </summary>
    /// <param name="newKeyProvider">The new key: a new passphrase, or an app-supplied key with a new key id.</param>
    /// <param name="cancellationToken">Cancels the call before the transaction starts.</param>
    /// <remarks>
    /// In vault mode each owner has their own secrets: use <see cref="ChangeSecretAsync"/> (no re-encryption) and
    /// <see cref="RotateDataKeyAsync"/> (one owner's records) instead. Reads and writes of this store wait
    /// while the rotation runs. Other processes must not have the journal open: their writes would use the
    /// old keys and are refused afterwards.
    /// </remarks>
    /// <exception cref="ArgumentException">The new key has the id of the current one.</exception>
    /// <exception cref="JournalEntryTamperedException">Entries failed their integrity check (all are named); nothing was changed.</exception>
    /// <exception cref="InvalidOperationException">The store is in vault mode, or an unencrypted measurement store.</exception>
    public async Task RotateKeyAsync(JournalKeyProvider newKeyProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newKeyProvider);
        RequireEncrypted();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_storeSecret is null)
        {
            throw new InvalidOperationException("This store is in vault mode: every owner has their own secrets. Use ChangeSecretAsync (re-wraps, re-encrypts nothing) or RotateDataKeyAsync (one owner's records).");
        }

        // Derive first: a passphrase takes a while, and nothing needs to wait for it.
        var newSecret = SingleKeyStoreSecret.Create(newKeyProvider, out var storeKey);
        if (storeKey.KeyId == _storeKeyId)
        {
            newSecret.Dispose();
            throw new ArgumentException($"The new key has the id of the current key ('{storeKey.KeyId}'); give it a new id.", nameof(newKeyProvider));
        }

        var oldKeyId = _storeKeyId!;
        var sessions = new List<OwnerVaultSession>();
        try
        {
            await WriteVaultAsync(before: () =>
            {
                // Open every owner first, on connections of their own, before the write transaction starts.
                using var reader = OpenConnection();
                foreach (var owner in VaultOwners(reader))
                {
                    var id = new JournalOwnerId(owner);
                    OpenWithStoreSecret(id);
                    sessions.Add(_storeLeases[id]);
                }
            }, (connection, transaction) =>
            {
                // Each owner's rotation runs inside the previous one, so every owner's codec swaps only once the
                // single transaction (committed by the innermost step, under every owner's exclusive lock) has succeeded.
                RotateFrom(0);

                void RotateFrom(int index)
                {
                    if (index < sessions.Count)
                    {
                        _vaults.RotateDataKey(sessions[index], (oldCodec, newCodec, record) =>
                        {
                            RotateOwner(connection, sessions[index].Owner.Value, oldCodec, newCodec, record);
                            RotateFrom(index + 1);
                        });
                        return;
                    }

                    foreach (var session in sessions)
                    {
                        PutWrapping(connection, _vaults.Wrap(session, newSecret));
                    }

                    Execute(connection, "DELETE FROM journal_keys");
                    InsertKey(connection, storeKey);
                    SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, storeKey.KeyId);
                    transaction.Commit();
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            newSecret.Dispose();
            if (error is JournalStoreException)
            {
                SqliteJournalStoreLog.KeyRotationStopped(_logger, storeKey.KeyId, error);
            }

            throw;
        }

        lock (_storeOpenGate)
        {
            var old = _storeSecret;
            _storeSecret = newSecret;
            _storeKeyId = storeKey.KeyId;
            old.Dispose();
        }

        SqliteJournalStoreLog.KeyRotated(_logger, oldKeyId, storeKey.KeyId);
        CheckpointQuietly();
    }

    /// <summary>
    /// Copies the write-ahead log into the database and truncates it (SQLite's TRUNCATE checkpoint). The
    /// store does this after every delete and rotation; call it before copying the file, for example.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    /// <returns><see langword="true"/> when the log was fully checkpointed; <see langword="false"/> when a reader (another process) held it back.</returns>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        var complete = false;
        await WriteVaultAsync(before: () =>
        {
            using var connection = OpenConnection();
            complete = Checkpoint(connection);
            if (complete)
            {
                SqliteJournalStoreLog.Checkpointed(_logger);
            }
            else
            {
                SqliteJournalStoreLog.CheckpointIncomplete(_logger);
            }
        }, write: null, cancellationToken).ConfigureAwait(false);
        return complete;
    }
}

using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

// The store's key rotation and write-ahead log checkpoints.
public sealed partial class SqliteJournalStore
{
    /// <summary>
    /// Re-encrypts every entry (of every owner) under a new key from <paramref name="newKeyProvider"/>, in one
    /// transaction: afterwards only the new key opens the journal; if anything fails, nothing changed.
    /// </summary>
    /// <param name="newKeyProvider">The new key: a new passphrase, or an app-supplied key with a new key id.</param>
    /// <param name="cancellationToken">Cancels the call before the transaction starts.</param>
    /// <remarks>
    /// Reads and writes of this store wait while the rotation runs. Other processes must not have the
    /// journal open: their writes would use the old key and are refused afterwards.
    /// </remarks>
    /// <exception cref="ArgumentException">The new key has the id of the current one.</exception>
    /// <exception cref="JournalEntryTamperedException">Entries failed their integrity check (all are named); nothing was changed.</exception>
    /// <exception cref="InvalidOperationException">The store is an unencrypted measurement store.</exception>
    public async Task RotateKeyAsync(JournalKeyProvider newKeyProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newKeyProvider);
        if (_active.Read(codec => codec is not AesGcmEntryCodec))
        {
            throw new InvalidOperationException("This store was opened without encryption (for measurement) and has no key to rotate.");
        }

        // Derive first: a passphrase takes a while, and nothing needs to wait for it.
        var newCodec = JournalKeyring.Create(newKeyProvider, out var stored);
        await _active.ReplaceAsync(newCodec, oldCodec =>
        {
            if (stored.KeyId == oldCodec.KeyId)
            {
                throw new ArgumentException($"The new key has the id of the current key ('{stored.KeyId}'); give it a new id.", nameof(newKeyProvider));
            }

            using var connection = OpenConnection();
            try
            {
                SqliteKeyRotation.Reencrypt(connection, oldCodec, newCodec, stored);
            }
            catch (JournalStoreException error)
            {
                SqliteJournalStoreLog.KeyRotationStopped(_logger, stored.KeyId, error);
                throw;
            }

            SqliteJournalStoreLog.KeyRotated(_logger, oldCodec.KeyId, stored.KeyId);
            if (!Checkpoint(connection))
            {
                SqliteJournalStoreLog.CheckpointIncomplete(_logger);
            }
        }, cancellationToken).ConfigureAwait(false);
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
        await _active.WriteAsync(_ =>
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
        }, cancellationToken).ConfigureAwait(false);
        return complete;
    }
}

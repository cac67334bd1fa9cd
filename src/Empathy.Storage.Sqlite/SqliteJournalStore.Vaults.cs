using System.Collections.Concurrent;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;
using static Empathy.Storage.Sqlite.SqliteVaultCommands;

namespace Empathy.Storage.Sqlite;

// Per-owner vaults: the two modes (vault mode; single-key mode, which opens every owner with the store's
// one secret) and the IOwnerVaults operations, each one transaction over the key tables.
public sealed partial class SqliteJournalStore
{
    private readonly Lock _storeOpenGate = new();
    private readonly ConcurrentDictionary<JournalOwnerId, OwnerVaultSession> _storeLeases = new();
    private OwnerSecret? _storeSecret;
    private string? _storeKeyId;

    /// <summary>
    /// Opens the journal at <see cref="SqliteJournalStoreOptions.DatabasePath"/> in vault mode (creating it when
    /// missing): no owner is open until <see cref="OpenAsync(JournalOwnerId, OwnerSecret, CancellationToken)"/>
    /// or <see cref="CreateAsync"/> gives a session, and every call for an owner without one throws
    /// <see cref="OwnerVaultLockedException"/>, whether or not the owner exists.
    /// </summary>
    /// <param name="options">Where the journal is.</param>
    /// <param name="logger">Where the store logs (never private text); none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    /// <exception cref="JournalFormatException">
    /// The file is of another kind, of a newer layout, or of layout 1 or 2 (one key for every owner), which only a
    /// single-key opening (<see cref="Open(SqliteJournalStoreOptions, JournalKeyProvider, Microsoft.Extensions.Logging.ILogger{SqliteJournalStore}?)"/>) can migrate.
    /// </exception>
    public static SqliteJournalStore Open(SqliteJournalStoreOptions options, Microsoft.Extensions.Logging.ILogger<SqliteJournalStore>? logger = null) =>
        OpenWith(options, SqliteJournalOpener.Mode.Vaults, keyProvider: null, logger);

    /// <summary>Opens the journal in vault mode like <see cref="Open(SqliteJournalStoreOptions, Microsoft.Extensions.Logging.ILogger{SqliteJournalStore}?)"/>, on a thread-pool thread.</summary>
    /// <param name="options">Where the journal is.</param>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    public static Task<SqliteJournalStore> OpenAsync(SqliteJournalStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(() => Open(options), cancellationToken);
    }

    /// <summary>Whether this store was opened in vault mode (no key provider): owners open only with their own secrets.</summary>
    public bool IsVaultMode => _unencrypted is null && _storeSecret is null;

    /// <inheritdoc />
    public async Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(secret);
        RequireEncrypted();
        cancellationToken.ThrowIfCancellationRequested();
        var created = await Task.Run(() => OwnerVaultKeys.Create(owner, secret, withRecoveryKey), cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteVaultAsync(connection =>
            {
                if (!InsertVault(connection, created.Vault))
                {
                    throw new OwnerVaultExistsException();
                }

                foreach (var wrapping in created.Wrappings)
                {
                    PutWrapping(connection, wrapping);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            created.Unlocked.Dispose();
            throw;
        }

        SqliteJournalStoreLog.VaultCreated(_logger, created.Vault.DataKeyId, withRecoveryKey);
        return new OwnerVaultCreation(_vaults.Lease(created.Unlocked), created.RecoveryKey);
    }

    /// <inheritdoc />
    public async Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default)
    {
        var unlocked = await UnlockAsync(owner, secret, cancellationToken).ConfigureAwait(false);
        return _vaults.Lease(unlocked);
    }

    /// <inheritdoc />
    public async Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default)
    {
        RequireWrappingSecret(replacement);
        using var unlocked = await UnlockAsync(owner, current, cancellationToken).ConfigureAwait(false);
        var wrapping = await Task.Run(() => OwnerVaultKeys.Wrap(unlocked, replacement), cancellationToken).ConfigureAwait(false);
        await WriteVaultAsync(connection => PutWrapping(connection, wrapping), cancellationToken).ConfigureAwait(false);
        SqliteJournalStoreLog.VaultSecretChanged(_logger, wrapping.Kind);
    }

    /// <inheritdoc />
    public async Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recoveryKey);
        RequireWrappingSecret(replacement);
        using var recovery = OwnerSecret.FromRecoveryKey(recoveryKey);
        using var unlocked = await UnlockAsync(owner, recovery, cancellationToken).ConfigureAwait(false);
        var wrapping = await Task.Run(() => OwnerVaultKeys.Wrap(unlocked, replacement), cancellationToken).ConfigureAwait(false);
        var (recoveryWrapping, next) = OwnerVaultKeys.WrapNewRecoveryKey(unlocked);
        await WriteVaultAsync(connection =>
        {
            PutWrapping(connection, wrapping);
            PutWrapping(connection, recoveryWrapping);
        }, cancellationToken).ConfigureAwait(false);
        SqliteJournalStoreLog.VaultReset(_logger);
        return next;
    }

    /// <inheritdoc />
    public async Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        RequireEncrypted();
        var owner = session.Owner;
        string oldKeyId = "", newKeyId = "";
        await WriteVaultAsync(before: null, (connection, transaction) => _vaults.RotateDataKey(session, (oldCodec, newCodec, record) =>
        {
            oldKeyId = oldCodec.KeyId;
            newKeyId = newCodec.KeyId;
            RotateOwner(connection, owner.Value, oldCodec, newCodec, record);

            // Committed while the owner's exclusive lock is held, before the new codec is put in place.
            transaction.Commit();
        }), cancellationToken).ConfigureAwait(false);
        SqliteJournalStoreLog.KeyRotated(_logger, oldKeyId, newKeyId);
        CheckpointQuietly();
    }

    /// <inheritdoc />
    public async Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        RequireEncrypted();
        await WriteVaultAsync(connection => EraseOwner(connection, owner.Value), cancellationToken).ConfigureAwait(false);
        _vaults.Close(owner);
        _storeLeases.TryRemove(owner, out _);
        SqliteJournalStoreLog.OwnerErased(_logger);

        // secure_delete zeroed the rows in the database pages; the write-ahead log keeps older copies until
        // truncated, and with them the wrapped keys that shredding is about. Say so when that fails.
        if (!CheckpointQuietly())
        {
            throw new OwnerEraseIncompleteException(owner, "Close the other process (or its open reader), then call CheckpointAsync until it returns true to finish the erase.");
        }
    }

    /// <summary>Runs <paramref name="use"/> with the owner's data-key codec (opening the owner with the store's secret in single-key mode).</summary>
    private T WithCodec<T>(JournalOwnerId owner, Func<IEntryCodec, T> use)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_unencrypted is not null)
        {
            return use(_unencrypted);
        }

        if (_storeSecret is not null && !_vaults.IsOpen(owner))
        {
            OpenWithStoreSecret(owner);
        }

        return _vaults.Use(owner, use);
    }

    /// <summary>Single-key mode: opens the owner's vault with the store's secret, creating it on first use, and keeps the lease until the store closes.</summary>
    private void OpenWithStoreSecret(JournalOwnerId owner)
    {
        lock (_storeOpenGate)
        {
            if (_vaults.IsOpen(owner) || _storeSecret is not { } secret)
            {
                return;
            }

            using var connection = OpenConnection();
            UnlockedOwnerVault unlocked;
            using (var transaction = connection.BeginTransaction())
            {
                if (SelectVault(connection, owner.Value) is { } vault)
                {
                    unlocked = OwnerVaultKeys.Open(owner, secret, vault, SelectWrappings(connection, owner.Value));
                }
                else
                {
                    var created = OwnerVaultKeys.Create(owner, secret, withRecoveryKey: false);
                    InsertVault(connection, created.Vault);
                    PutWrapping(connection, created.Wrappings[0]);
                    transaction.Commit();
                    unlocked = created.Unlocked;
                }
            }

            _storeLeases[owner] = _vaults.Lease(unlocked);
        }
    }

    /// <summary>Re-seals the owner's rows from <paramref name="oldCodec"/> to <paramref name="newCodec"/> and stores the new data key record (inside the caller's transaction).</summary>
    private static void RotateOwner(SqliteConnection connection, string owner, IEntryCodec oldCodec, IEntryCodec newCodec, StoredOwnerVault record)
    {
        RequireActiveKey(connection, owner, oldCodec);
        SqliteOwnerReseal.Reseal(connection, owner, oldCodec, newCodec);
        ReplaceVault(connection, record);
    }

    private async Task<UnlockedOwnerVault> UnlockAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(secret);
        RequireEncrypted();
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        StoredOwnerVault? vault;
        List<StoredVaultWrapping> wrappings;
        using (var connection = OpenConnection())
        {
            vault = SelectVault(connection, owner.Value);
            wrappings = SelectWrappings(connection, owner.Value);
        }

        return await Task.Run(() => OwnerVaultKeys.Open(owner, secret, vault, wrappings), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One write transaction over the key tables, alone among this store's writers.</summary>
    private Task WriteVaultAsync(Action<SqliteConnection> write, CancellationToken cancellationToken) =>
        WriteVaultAsync(before: null, (connection, _) => write(connection), cancellationToken);

    /// <summary>
    /// Like <see cref="WriteVaultAsync(Action{SqliteConnection}, CancellationToken)"/>, running <paramref name="before"/> under
    /// the gate before the transaction starts. <paramref name="write"/> may commit the transaction itself (a key rotation
    /// does, before it swaps the codec in memory, so no reader meets the new key while the database still holds the old one).
    /// </summary>
    private async Task WriteVaultAsync(Action? before, Action<SqliteConnection, SqliteTransaction>? write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            before?.Invoke();
            if (write is null)
            {
                return;
            }

            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            write(connection, transaction);
            if (transaction.Connection is not null)
            {
                transaction.Commit();
            }
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteFullError)
        {
            throw new JournalStorageFullException(committed: 0, total: 0, error);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Checkpoints and truncates the write-ahead log, logging (not throwing) when a reader held it back; whether it finished.</summary>
    private bool CheckpointQuietly()
    {
        using var connection = OpenConnection();
        if (Checkpoint(connection))
        {
            return true;
        }

        SqliteJournalStoreLog.CheckpointIncomplete(_logger);
        return false;
    }

    private void RequireEncrypted()
    {
        if (_unencrypted is not null)
        {
            throw new InvalidOperationException("This store was opened without encryption (for measurement) and has no vaults.");
        }
    }

    private static void RequireWrappingSecret(OwnerSecret replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.Kind is not (OwnerSecretKind.Passphrase or OwnerSecretKind.AppKey))
        {
            throw new ArgumentException($"The replacement must be a passphrase or an app key, not a {replacement.Kind}; nothing was changed.", nameof(replacement));
        }
    }
}

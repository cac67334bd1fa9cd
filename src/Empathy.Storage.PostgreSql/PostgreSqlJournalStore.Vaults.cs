using System.Security.Cryptography;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Microsoft.Extensions.Logging;
using Npgsql;
using static Empathy.Storage.PostgreSql.PostgreSqlVaultCommands;

namespace Empathy.Storage.PostgreSql;

// Vault mode: every owner has keys of their own (IOwnerVaults), kept wrapped in owner_vaults and
// owner_vault_wrappings, opened into this instance's OwnerVaultRegistry, and kept in step with what other
// instances on the same schema do through row locks on the owner's owner_vaults row: record calls hold it
// FOR KEY SHARE, secret changes FOR NO KEY UPDATE (one at a time, re-checked under the lock), and a rotation
// or an erasure FOR UPDATE, so each of those is committed with no record call of the owner running anywhere.
public sealed partial class PostgreSqlJournalStore : IOwnerVaults
{
    /// <summary>
    /// Opens the store in vault mode, for hosts serving many people: it migrates its schema when needed, and
    /// no owner is open until <see cref="CreateAsync"/> or <see cref="OpenAsync(JournalOwnerId, OwnerSecret, CancellationToken)"/>
    /// gives a session; every call for an owner without one throws <see cref="OwnerVaultLockedException"/>, whether
    /// or not the owner exists. Every app instance opened on the same schema sees the same vaults. The store builds
    /// and owns a pooled data source from <see cref="PostgreSqlJournalStoreOptions.ConnectionString"/>.
    /// </summary>
    /// <param name="options">Which database and schema.</param>
    /// <param name="logger">Where the store logs (never private text); none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store; dispose it to close its connections and wipe every open owner's keys from memory.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    /// <exception cref="JournalFormatException">
    /// The schema was written by a newer version of this package, or holds a single-key journal (opened with a
    /// <see cref="JournalKeyProvider"/>), which vault mode does not open.
    /// </exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public static Task<PostgreSqlJournalStore> OpenAsync(PostgreSqlJournalStoreOptions options, ILogger<PostgreSqlJournalStore>? logger = null, CancellationToken cancellationToken = default)
    {
        var store = Create(options, dataSource: null, keyProvider: null, ownsKeyProvider: false, logger);
        return StartedAsync(store, cancellationToken);
    }

    /// <summary>
    /// Opens the store in vault mode like <see cref="OpenAsync(PostgreSqlJournalStoreOptions, ILogger{PostgreSqlJournalStore}?, CancellationToken)"/>,
    /// on a data source the app built and owns; the store does not dispose it. <see cref="PostgreSqlJournalStoreOptions.ConnectionString"/> is ignored.
    /// </summary>
    /// <param name="dataSource">The app's data source.</param>
    /// <param name="options">Which schema.</param>
    /// <param name="logger">Where the store logs; none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <inheritdoc cref="OpenAsync(PostgreSqlJournalStoreOptions, ILogger{PostgreSqlJournalStore}?, CancellationToken)" path="/exception"/>
    public static Task<PostgreSqlJournalStore> OpenAsync(NpgsqlDataSource dataSource, PostgreSqlJournalStoreOptions options, ILogger<PostgreSqlJournalStore>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var store = Create(options, dataSource, keyProvider: null, ownsKeyProvider: false, logger);
        return StartedAsync(store, cancellationToken);
    }

    /// <summary>Whether this store was opened in vault mode (no key provider): owners open only with their own secrets.</summary>
    public bool IsVaultMode => _keyProvider is null;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode (opened with a <see cref="JournalKeyProvider"/>), which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public async Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(secret);
        await StartVaultCallAsync(cancellationToken).ConfigureAwait(false);

        // Key derivation is CPU work (PBKDF2): on the thread pool, before any connection is taken.
        var created = await Task.Run(() => OwnerVaultKeys.Create(owner, secret, withRecoveryKey), cancellationToken).ConfigureAwait(false);
        try
        {
            await VaultTransactionAsync(async (connection, ct) =>
            {
                await using var batch = connection.CreateBatch();
                batch.BatchCommands.Add(_vaultSql.InsertVault(created.Vault));
                await using (var reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        throw new OwnerVaultExistsException();
                    }
                }

                await using var wrappings = connection.CreateBatch();
                foreach (var wrapping in created.Wrappings)
                {
                    wrappings.BatchCommands.Add(_vaultSql.PutWrapping(wrapping));
                }

                await wrappings.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            created.Unlocked.Dispose();
            throw;
        }

        PostgreSqlJournalStoreLog.VaultCreated(_logger, created.Vault.DataKeyId, withRecoveryKey);
        return new OwnerVaultCreation(Lease(created.Unlocked, created.Vault), created.RecoveryKey);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public async Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default)
    {
        var (unlocked, vault) = await UnlockAsync(owner, secret, cancellationToken).ConfigureAwait(false);
        return Lease(unlocked, vault);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Safe against a change of the same owner's secret on another instance at the same moment: the stored wrappings
    /// are read again under the owner's row lock before anything is written, and when they changed since
    /// <paramref name="current"/> was checked, it is checked again, so exactly one of two changes made with the same
    /// old secret succeeds and the other fails with <see cref="WrongJournalKeyException"/>. Sessions open on any
    /// instance stay open; every later <see cref="OpenAsync(JournalOwnerId, OwnerSecret, CancellationToken)"/> needs the new secret.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public async Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default)
    {
        RequireWrappingSecret(replacement);
        await RewrapAsync(owner, current, unlocked => [OwnerVaultKeys.Wrap(unlocked, replacement)], cancellationToken).ConfigureAwait(false);
        PostgreSqlJournalStoreLog.VaultSecretChanged(_logger, replacement.Kind);
    }

    /// <inheritdoc />
    /// <remarks>Safe against a concurrent change of the same owner's secrets on another instance, as <see cref="ChangeSecretAsync"/> is.</remarks>
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public async Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recoveryKey);
        RequireWrappingSecret(replacement);
        using var recovery = OwnerSecret.FromRecoveryKey(recoveryKey);
        RecoveryKey? next = null;
        await RewrapAsync(owner, recovery, unlocked =>
        {
            var wrapping = OwnerVaultKeys.Wrap(unlocked, replacement);
            (var recoveryWrapping, next) = OwnerVaultKeys.WrapNewRecoveryKey(unlocked);
            return [wrapping, recoveryWrapping];
        }, cancellationToken).ConfigureAwait(false);
        PostgreSqlJournalStoreLog.VaultReset(_logger);
        return next!;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The owner's row lock is taken FOR UPDATE first, so the rotation waits for the owner's running calls on every
    /// instance and they wait for it; it commits before the new key is put in place here, and other instances
    /// open the new key (under the vault key they hold) on their next call for the owner.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="ObjectDisposedException">The session was disposed, or the owner's vault was erased (here or on another instance; the owner's sessions here end then).</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public async Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await StartVaultCallAsync(cancellationToken).ConfigureAwait(false);
        var owner = session.Owner;

        using var sessionKey = SessionSecret(session);
        var rotated = await VaultTransactionAsync(async (connection, ct) =>
        {
            var record = await _vaultSql.SelectVaultAsync(connection, owner.Value, VaultRowLock.Update, ct).ConfigureAwait(false);
            if (record is null)
            {
                throw SessionEnded(owner);
            }

            UnlockedOwnerVault current;
            try
            {
                current = OwnerVaultKeys.Open(owner, sessionKey, record, []);
            }
            catch (WrongJournalKeyException)
            {
                // The vault was erased and made anew elsewhere: this session belongs to keys that no longer exist.
                throw SessionEnded(owner);
            }

            using (current)
            {
                var next = OwnerVaultKeys.NewDataKey(current, out var nextCodec);
                using (nextCodec)
                {
                    await ResealOwnerAsync(connection, owner, current.Codec, nextCodec, ct).ConfigureAwait(false);
                }

                await using var replace = connection.CreateBatch();
                replace.BatchCommands.Add(_vaultSql.ReplaceVault(next));
                await replace.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return (Old: record.DataKeyId, New: next);
            }
        }, cancellationToken).ConfigureAwait(false);

        // Committed: now the new key is put in place here (a call that began under the old one starts again).
        _vaults.Refresh(owner, rotated.New);
        PostgreSqlJournalStoreLog.KeyRotated(_logger, rotated.Old, rotated.New.DataKeyId);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction that deletes the owner's vault row first (waiting for their running calls on every instance),
    /// then every record and wrapping. Sessions of the owner on this instance end at once; on other instances, at
    /// their next call for the owner, which throws <see cref="OwnerVaultLockedException"/>. PostgreSQL reclaims the
    /// space of deleted rows at its next vacuum; until then the (encrypted) bytes stay in the table files, the
    /// write-ahead log and backups, and without the wrapped keys they cannot be opened.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public async Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        await StartVaultCallAsync(cancellationToken).ConfigureAwait(false);
        await VaultTransactionAsync(async (connection, ct) =>
        {
            await using var batch = connection.CreateBatch();
            foreach (var delete in _vaultSql.EraseOwner(owner.Value, RecordTables))
            {
                batch.BatchCommands.Add(delete);
            }

            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        _vaults.Close(owner);
        PostgreSqlJournalStoreLog.OwnerErased(_logger);
    }

    /// <summary>Ends the owner's sessions here (their vault is gone from the server) and says so as the registry does for an ended session.</summary>
    private ObjectDisposedException SessionEnded(JournalOwnerId owner)
    {
        _vaults.Close(owner);
        return new ObjectDisposedException(nameof(OwnerVaultSession), "The owner's vault was erased, so this session has ended.");
    }

    /// <summary>Every table of an owner's records.</summary>
    private IEnumerable<string> RecordTables =>
        new[] { "journal_entries", "journal_entry_tags", "journal_owner_digests", "practice_records" }.Select(table => _sql.Schema + "." + table);

    /// <summary>A lease on <paramref name="unlocked"/>, after bringing keys of the owner already open here in line with <paramref name="vault"/> (they may be stale when another instance rotated or re-made the vault).</summary>
    private OwnerVaultSession Lease(UnlockedOwnerVault unlocked, StoredOwnerVault vault)
    {
        _vaults.Refresh(unlocked.Owner, vault);
        return _vaults.Lease(unlocked);
    }

    /// <summary>Reads the owner's vault and opens it with <paramref name="secret"/> (on the thread pool: PBKDF2 is slow by design).</summary>
    private async Task<(UnlockedOwnerVault Unlocked, StoredOwnerVault Vault)> UnlockAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(secret);
        await StartVaultCallAsync(cancellationToken).ConfigureAwait(false);
        var (vault, wrappings) = await ReadVaultAsync(owner, cancellationToken).ConfigureAwait(false);
        var unlocked = await Task.Run(() => OwnerVaultKeys.Open(owner, secret, vault, wrappings), cancellationToken).ConfigureAwait(false);
        return (unlocked, vault!);
    }

    /// <summary>
    /// Opens the vault with <paramref name="current"/>, wraps its vault key anew with <paramref name="rewrap"/> and
    /// writes the wrappings, under the owner's row lock FOR NO KEY UPDATE, provided the stored wrappings are still
    /// those <paramref name="current"/> was checked against; otherwise it starts again (and checks again).
    /// </summary>
    private async Task RewrapAsync(JournalOwnerId owner, OwnerSecret current, Func<UnlockedOwnerVault, IReadOnlyList<StoredVaultWrapping>> rewrap, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(current);
        await StartVaultCallAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var (vault, checkedWrappings) = await ReadVaultAsync(owner, cancellationToken).ConfigureAwait(false);
            var wrappings = await Task.Run(() =>
            {
                using var unlocked = OwnerVaultKeys.Open(owner, current, vault, checkedWrappings);
                return rewrap(unlocked);
            }, cancellationToken).ConfigureAwait(false);

            var written = await VaultTransactionAsync(async (connection, ct) =>
            {
                if (await _vaultSql.SelectVaultAsync(connection, owner.Value, VaultRowLock.NoKeyUpdate, ct).ConfigureAwait(false) is null
                    || !SameWrappings(checkedWrappings, await _vaultSql.SelectWrappingsAsync(connection, owner.Value, ct).ConfigureAwait(false)))
                {
                    return false;
                }

                await using var batch = connection.CreateBatch();
                foreach (var wrapping in wrappings)
                {
                    batch.BatchCommands.Add(_vaultSql.PutWrapping(wrapping));
                }

                await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);

            if (written)
            {
                return;
            }

            if (attempt == MaxKeyChangeAttempts)
            {
                throw new PostgreSqlStoreUnavailableException(
                    "The owner's secrets kept changing on other instances while this change was made; nothing was changed. Try again in a moment.", isTransient: true, outcomeUnknown: false);
            }
        }
    }

    /// <summary>The owner's data key record and wrappings, read in one snapshot.</summary>
    private Task<(StoredOwnerVault? Vault, List<StoredVaultWrapping> Wrappings)> ReadVaultAsync(JournalOwnerId owner, CancellationToken cancellationToken) =>
        VaultTransactionAsync(async (connection, ct) => (
            await _vaultSql.SelectVaultAsync(connection, owner.Value, VaultRowLock.None, ct).ConfigureAwait(false),
            await _vaultSql.SelectWrappingsAsync(connection, owner.Value, ct).ConfigureAwait(false)), cancellationToken, System.Data.IsolationLevel.RepeatableRead);

    /// <summary>One transaction over the key tables (and, for rotation and erasure, the owner's records), committed when <paramref name="work"/> returns.</summary>
    private async Task<T> VaultTransactionAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken, System.Data.IsolationLevel isolation = System.Data.IsolationLevel.ReadCommitted)
    {
        var committing = false;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
            var result = await work(connection, cancellationToken).ConfigureAwait(false);
            committing = true;
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        catch (Exception error) when (PostgreSqlErrors.Translate(error, total: 0, committing) is { } translated)
        {
            LogFault(translated, error);
            throw translated;
        }
    }

    /// <summary>Starts the store (migration) and checks that it is in vault mode.</summary>
    private async Task StartVaultCallAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsVaultMode)
        {
            throw new InvalidOperationException("This store was opened with one key for every owner (a key provider) and has no vaults; open it without a key provider (vault mode) on a schema of its own.");
        }

        await StartedCodecAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The session's vault key as a secret (checking that the session is this store's and open); the exported copy is wiped.</summary>
    private static OwnerSecret SessionSecret(OwnerVaultSession session)
    {
        var exported = session.ExportSessionKey();
        try
        {
            return OwnerSecret.FromSessionKey(exported);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(exported);
        }
    }

    private static bool SameWrappings(List<StoredVaultWrapping> checkedWrappings, List<StoredVaultWrapping> now) =>
        checkedWrappings.Count == now.Count && checkedWrappings.Zip(now).All(pair =>
            pair.First.Slot == pair.Second.Slot && pair.First.Kind == pair.Second.Kind && pair.First.KeyId == pair.Second.KeyId
            && pair.First.WrappedVaultKey.AsSpan().SequenceEqual(pair.Second.WrappedVaultKey));

    private static void RequireWrappingSecret(OwnerSecret replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.Kind is not (OwnerSecretKind.Passphrase or OwnerSecretKind.AppKey))
        {
            throw new ArgumentException($"The replacement must be a passphrase or an app key, not a {replacement.Kind}; nothing was changed.", nameof(replacement));
        }
    }
}

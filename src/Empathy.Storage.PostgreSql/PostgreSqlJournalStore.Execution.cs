using System.Data;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Npgsql;
using static Empathy.Storage.PostgreSql.PostgreSqlVaultCommands;

namespace Empathy.Storage.PostgreSql;

// How every call reaches the server: the start-up (migration, and the key in single-key mode), one
// connection per call from the pool, one transaction per write, the owner's vault row held in vault mode,
// and the driver's errors turned into the store's own.
public sealed partial class PostgreSqlJournalStore
{
    /// <summary>How many times a call starts again when the owner's data key changed under it (a rotation elsewhere).</summary>
    private const int MaxKeyChangeAttempts = 4;

    /// <summary>
    /// Starts the store when it has not started yet; the result is the codec of the store's key in
    /// single-key mode and <see langword="null"/> in vault mode (each owner's codec is in <see cref="_vaults"/>).
    /// </summary>
    private Task<IEntryCodec?> StartedCodecAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = _started;
        if (started is not { IsCompletedSuccessfully: true })
        {
            lock (_startGate)
            {
                // A start that failed (server away, cancelled) is tried again by the next call.
                if (_started is null || _started.IsFaulted || _started.IsCanceled)
                {
                    _started = StartTranslatedAsync();
                }

                started = _started;
            }
        }

        return started.IsCompletedSuccessfully ? started : started.WaitAsync(cancellationToken);
    }

    /// <summary>Migrates and opens the key once, for every caller; no caller's token stops it half-way for the others.</summary>
    private async Task<IEntryCodec?> StartTranslatedAsync()
    {
        try
        {
            return await _start(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (PostgreSqlErrors.Translate(error, total: 0, committing: false) is { } translated)
        {
            PostgreSqlJournalStoreLog.ServerFault(_logger, translated is PostgreSqlStoreUnavailableException { IsTransient: true }, false, error);
            throw translated;
        }
    }

    private async Task<IEntryCodec?> StartAsync(Func<JournalKeyProvider>? keyProvider, bool ownsKeyProvider, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await PostgreSqlSchemaMigrator.MigrateAsync(connection, _sql, _logger, async (c, ct) =>
        {
            var keyId = await _sql.GetMetaAsync(c, PostgreSqlJournalSchema.MetaActiveKeyId, ct).ConfigureAwait(false);
            var mode = await _sql.GetMetaAsync(c, PostgreSqlJournalSchema.MetaMode, ct).ConfigureAwait(false);
            if (keyProvider is null)
            {
                await StartVaultModeAsync(c, keyId, mode, ct).ConfigureAwait(false);
                return null;
            }

            if (mode == PostgreSqlJournalSchema.VaultMode)
            {
                throw new JournalFormatException($"Schema '{_sql.Schema}' holds per-owner vaults; open it without a key provider (vault mode), where each owner opens with their own secret. Nothing was changed.");
            }

            var provider = keyProvider();
            try
            {
                return await OpenOrCreateKeyAsync(c, keyId, provider, ct).ConfigureAwait(false);
            }
            finally
            {
                if (ownsKeyProvider)
                {
                    provider.Dispose();
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Vault mode on this schema: refused when it holds a single-key journal, marked as a vault schema the first time.</summary>
    private async Task StartVaultModeAsync(NpgsqlConnection c, string? keyId, string? mode, CancellationToken ct)
    {
        if (keyId is not null)
        {
            throw new JournalFormatException($"Schema '{_sql.Schema}' holds a single-key journal (every owner under key '{keyId}'); open it with that key provider, or give vault mode a schema of its own. Nothing was changed.");
        }

        if (mode is null)
        {
            await _sql.SetMetaAsync(c, PostgreSqlJournalSchema.MetaMode, PostgreSqlJournalSchema.VaultMode, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the stored key with <paramref name="provider"/>, or creates the first key of a new journal.</summary>
    private async Task<IEntryCodec> OpenOrCreateKeyAsync(NpgsqlConnection c, string? keyId, JournalKeyProvider provider, CancellationToken ct)
    {
        if (keyId is null)
        {
            // A new journal: its first key, created inside the migration's lock so two instances agree on it.
            var created = JournalKeyring.Create(provider, out var stored);
            try
            {
                await _sql.InsertKeyAsync(c, stored, ct).ConfigureAwait(false);
                await _sql.SetMetaAsync(c, PostgreSqlJournalSchema.MetaCodec, AesGcmEntryCodec.Algorithm, ct).ConfigureAwait(false);
                await _sql.SetMetaAsync(c, PostgreSqlJournalSchema.MetaActiveKeyId, stored.KeyId, ct).ConfigureAwait(false);
            }
            catch
            {
                created.Dispose();
                throw;
            }

            PostgreSqlJournalStoreLog.KeyCreated(_logger, stored.KeyId);
            return (IEntryCodec)created;
        }

        var codecName = await _sql.GetMetaAsync(c, PostgreSqlJournalSchema.MetaCodec, ct).ConfigureAwait(false);
        if (codecName != AesGcmEntryCodec.Algorithm)
        {
            throw new JournalFormatException($"Schema '{_sql.Schema}' was written with the '{codecName}' codec; this store reads '{AesGcmEntryCodec.Algorithm}' only.");
        }

        var key = await _sql.SelectKeyAsync(c, keyId, ct).ConfigureAwait(false)
            ?? throw new JournalFormatException($"Schema '{_sql.Schema}' names key '{keyId}' as its key but has no record of it: its key table was changed outside this library, so its entries cannot be opened.");
        return JournalKeyring.Open(provider, key);
    }

    /// <summary>
    /// Runs a read on a pooled connection with the owner's codec. With <paramref name="snapshot"/> (and always in vault
    /// mode) it runs in one transaction: in vault mode its first statement holds the owner's vault row, so no rotation
    /// or erasure on any instance changes the owner's rows under it.
    /// </summary>
    private Task<T> ReadAsync<T>(JournalOwnerId owner, Func<IEntryCodec, NpgsqlConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken, IsolationLevel? snapshot = null) =>
        RunAsync(owner, 0, write: false, snapshot, read, cancellationToken);

    /// <summary>
    /// Runs a write of <paramref name="total"/> records in one transaction on a pooled connection and
    /// commits it; anything thrown before the commit rolls all of it back.
    /// </summary>
    private Task<T> WriteAsync<T>(JournalOwnerId owner, int total, Func<IEntryCodec, NpgsqlConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        RunAsync(owner, total, write: true, snapshot: null, write, cancellationToken);

    private async Task<T> RunAsync<T>(JournalOwnerId owner, int total, bool write, IsolationLevel? snapshot, Func<IEntryCodec, NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var single = await StartedCodecAsync(cancellationToken).ConfigureAwait(false);
        var committing = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                if (attempt > MaxKeyChangeAttempts)
                {
                    throw KeyKeptChanging(null);
                }

                // Vault mode: an owner without a session here is refused before anything reaches the server.
                var codec = single ?? VaultEntryCodec.Current(_vaults, owner);
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = write || snapshot is not null || single is null
                    ? await connection.BeginTransactionAsync(snapshot ?? IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false)
                    : null;
                try
                {
                    if (single is null && !await HoldDataKeyAsync(connection, owner, codec.KeyId, cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    var result = await work(codec, connection, cancellationToken).ConfigureAwait(false);
                    if (transaction is not null)
                    {
                        committing = write;

                        // Not cancellable: once the commit is on its way, stopping to wait would only hide its outcome.
                        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                    }

                    return result;
                }
                catch (DataKeyChangedException)
                {
                    // Rolled back by the transaction's disposal; the next attempt works under the key now open.
                }
            }
        }
        catch (Exception error) when (PostgreSqlErrors.Translate(error, total, committing) is { } translated)
        {
            LogFault(translated, error);
            throw translated;
        }
    }

    /// <summary>
    /// Vault mode: holds the owner's vault row (FOR KEY SHARE, until the transaction ends) and checks that it names
    /// the data key the call works under. When another instance erased the owner, the owner is closed here; when it
    /// rotated their key, the new key is opened here and <see langword="false"/> tells the caller to start again.
    /// </summary>
    private async Task<bool> HoldDataKeyAsync(NpgsqlConnection connection, JournalOwnerId owner, string keyId, CancellationToken cancellationToken)
    {
        var record = await _vaultSql.SelectVaultAsync(connection, owner.Value, VaultRowLock.KeyShare, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            _vaults.Close(owner);
            PostgreSqlJournalStoreLog.VaultGoneElsewhere(_logger);
            throw new OwnerVaultLockedException();
        }

        if (record.DataKeyId == keyId)
        {
            return true;
        }

        if (!_vaults.Refresh(owner, record))
        {
            PostgreSqlJournalStoreLog.VaultGoneElsewhere(_logger);
            throw new OwnerVaultLockedException();
        }

        PostgreSqlJournalStoreLog.DataKeyChangedElsewhere(_logger, record.DataKeyId);
        return false;
    }

    private static PostgreSqlStoreUnavailableException KeyKeptChanging(Exception? error) => new(
        "The owner's data key was rotated again and again while this call ran; nothing of it was committed. Try again in a moment.",
        isTransient: true,
        outcomeUnknown: false,
        error);

    private void LogFault(JournalStoreException translated, Exception error)
    {
        if (translated is PostgreSqlStoreUnavailableException unavailable)
        {
            PostgreSqlJournalStoreLog.ServerFault(_logger, unavailable.IsTransient, unavailable.OutcomeUnknown, error);
        }
    }
}

using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

// How every call reaches the server: the start-up (migration and key), one connection per call from the
// pool, one transaction per write, and the driver's errors turned into the store's own.
public sealed partial class PostgreSqlJournalStore
{
    /// <summary>The codec of the store's key, starting the store first when it has not started yet.</summary>
    private Task<IEntryCodec> CodecAsync(CancellationToken cancellationToken)
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
    private async Task<IEntryCodec> StartTranslatedAsync()
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

    private async Task<IEntryCodec> StartAsync(Func<JournalKeyProvider>? keyProvider, bool ownsKeyProvider, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await PostgreSqlSchemaMigrator.MigrateAsync(connection, _sql, _logger, async (c, ct) =>
        {
            var keyId = await _sql.GetMetaAsync(c, PostgreSqlJournalSchema.MetaActiveKeyId, ct).ConfigureAwait(false);
            if (keyProvider is null)
            {
                throw new NotImplementedException();
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

    /// <summary>Runs a read on a pooled connection with the owner's codec.</summary>
    private async Task<T> ReadAsync<T>(Core.Storage.JournalOwnerId owner, Func<IEntryCodec, NpgsqlConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var codec = await CodecForAsync(owner, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await read(codec, connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (PostgreSqlErrors.Translate(error, total: 0, committing: false) is { } translated)
        {
            LogFault(translated, error);
            throw translated;
        }
    }

    /// <summary>
    /// Runs a write of <paramref name="total"/> records in one transaction on a pooled connection and
    /// commits it; anything thrown before the commit rolls all of it back.
    /// </summary>
    private async Task<T> WriteAsync<T>(Core.Storage.JournalOwnerId owner, int total, Func<IEntryCodec, NpgsqlConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var codec = await CodecForAsync(owner, cancellationToken).ConfigureAwait(false);
        var committing = false;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await write(codec, connection, cancellationToken).ConfigureAwait(false);
            committing = true;

            // Not cancellable: once the commit is on its way, stopping to wait would only hide its outcome.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        catch (Exception error) when (PostgreSqlErrors.Translate(error, total, committing) is { } translated)
        {
            LogFault(translated, error);
            throw translated;
        }
    }

    /// <summary>The codec that seals and opens <paramref name="owner"/>'s records (in single-key mode, the store's one key).</summary>
    private Task<IEntryCodec> CodecForAsync(Core.Storage.JournalOwnerId owner, CancellationToken cancellationToken)
    {
        _ = owner;
        return CodecAsync(cancellationToken);
    }

    private void LogFault(JournalStoreException translated, Exception error)
    {
        if (translated is PostgreSqlStoreUnavailableException unavailable)
        {
            PostgreSqlJournalStoreLog.ServerFault(_logger, unavailable.IsTransient, unavailable.OutcomeUnknown, error);
        }
    }
}

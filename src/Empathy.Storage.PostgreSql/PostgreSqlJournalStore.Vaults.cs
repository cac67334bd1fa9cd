using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

// Vault mode: every owner has keys of their own (IOwnerVaults), kept wrapped in owner_vaults and
// owner_vault_wrappings, opened into this instance's OwnerVaultRegistry, and kept in step with what other
// instances on the same schema did through row locks on the owner's owner_vaults row.
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
    public Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store is in single-key mode, which has no vaults.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}

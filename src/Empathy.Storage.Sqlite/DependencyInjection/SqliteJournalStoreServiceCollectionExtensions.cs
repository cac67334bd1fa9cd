using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Empathy.Storage.Sqlite.DependencyInjection;

/// <summary>Registers the encrypted SQLite journal store in a <see cref="IServiceCollection"/>.</summary>
public static class SqliteJournalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteJournalStore"/> in single-key mode as a singleton, also as the <see cref="IJournalStore"/>,
    /// the <see cref="IPracticeStore"/> and the <see cref="IOwnerVaults"/> (one object: journal and practice records in one file) unless a store is already registered (the first registered store wins, so calling this twice is
    /// harmless). The store opens when it is first resolved, with a key from <paramref name="keyProvider"/>,
    /// which is disposed right after.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="SqliteJournalStoreOptions.DatabasePath"/>).</param>
    /// <param name="keyProvider">Makes the key provider when the store opens (for example from the platform's key store).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// Invalid options fail at start-up (ValidateOnStart) with <see cref="OptionsValidationException"/>
    /// listing every problem. The store logs through the registered <see cref="ILogger{TCategoryName}"/> and
    /// takes its clock from a registered <see cref="TimeProvider"/> (before <see cref="SqliteJournalStoreOptions.TimeProvider"/>).
    /// A wrong key fails when the store is first resolved, with <see cref="WrongJournalKeyException"/>.
    /// </remarks>
    public static IServiceCollection AddSqliteJournalStore(
        this IServiceCollection services,
        Action<SqliteJournalStoreOptions> configure,
        Func<IServiceProvider, JournalKeyProvider> keyProvider)
    {
        ArgumentNullException.ThrowIfNull(keyProvider);
        return Register(services, configure, (sp, options, logger) =>
        {
            using var provider = keyProvider(sp);
            return SqliteJournalStore.Open(options, provider, logger);
        });
    }

    /// <summary>
    /// Registers <see cref="SqliteJournalStore"/> in vault mode (for hosts serving many people) as a singleton,
    /// also as the <see cref="IJournalStore"/>, the <see cref="IPracticeStore"/> and the <see cref="IOwnerVaults"/> (one object), unless they are
    /// registered already. No owner is open until the host opens their vault with their own secret.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="SqliteJournalStoreOptions.DatabasePath"/>).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Options are validated at start-up as for the single-key registration.</remarks>
    public static IServiceCollection AddSqliteJournalStore(this IServiceCollection services, Action<SqliteJournalStoreOptions> configure) =>
        Register(services, configure, (_, options, logger) => SqliteJournalStore.Open(options, logger));

    private static IServiceCollection Register(
        IServiceCollection services,
        Action<SqliteJournalStoreOptions> configure,
        Func<IServiceProvider, SqliteJournalStoreOptions, ILogger<SqliteJournalStore>?, SqliteJournalStore> open)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SqliteJournalStoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteJournalStoreOptions>, SqliteJournalStoreOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteJournalStoreOptions>>().Value;
            if (sp.GetService<TimeProvider>() is { } time)
            {
                options = options.WithTimeProvider(time);
            }

            return open(sp, options, sp.GetService<ILogger<SqliteJournalStore>>());
        });
        services.TryAddSingleton<IJournalStore>(sp => sp.GetRequiredService<SqliteJournalStore>());
        services.TryAddSingleton<IPracticeStore>(sp => sp.GetRequiredService<SqliteJournalStore>());
        services.TryAddSingleton<IOwnerVaults>(sp => sp.GetRequiredService<SqliteJournalStore>());
        return services;
    }
}

using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Empathy.Storage.PostgreSql.DependencyInjection;

/// <summary>Registers the PostgreSQL journal store in a <see cref="IServiceCollection"/>.</summary>
public static class PostgreSqlJournalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgreSqlJournalStore"/> in single-key mode as a singleton, also as the <see cref="IJournalStore"/>
    /// and the <see cref="IPracticeStore"/> (one object) unless a store is already registered (the first registered store wins, so calling this twice is
    /// harmless). Resolving it does not touch the server: the store migrates its schema and opens its key
    /// on its first call, and tries again on the next call while that fails (for example while the server
    /// starts), so the app starts even when its database is briefly away.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="PostgreSqlJournalStoreOptions.ConnectionString"/>).</param>
    /// <param name="keyProvider">Makes the key provider when the store starts; it is disposed right after.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// Invalid options fail at start-up (ValidateOnStart) with <see cref="OptionsValidationException"/>
    /// listing every problem. The store logs through the registered <see cref="ILogger{TCategoryName}"/> and
    /// takes its clock from a registered <see cref="TimeProvider"/>. A wrong key fails the store's calls with
    /// <see cref="WrongJournalKeyException"/>; an unreachable server with <see cref="PostgreSqlStoreUnavailableException"/>.
    /// </remarks>
    public static IServiceCollection AddPostgreSqlJournalStore(
        this IServiceCollection services,
        Action<PostgreSqlJournalStoreOptions> configure,
        Func<IServiceProvider, JournalKeyProvider> keyProvider)
    {
        ArgumentNullException.ThrowIfNull(keyProvider);
        return Register(services, configure, sp => () => keyProvider(sp), vaults: false);
    }

    /// <summary>
    /// Registers <see cref="PostgreSqlJournalStore"/> in vault mode (for hosts serving many people, on one or many
    /// app instances) as a singleton, also as the <see cref="IJournalStore"/>, the <see cref="IPracticeStore"/> and the
    /// <see cref="IOwnerVaults"/> (one object), unless a store is already registered (the first registration wins).
    /// No owner is open until the host opens their vault with their own secret. Resolving it does not touch the
    /// server: the store migrates its schema on its first call, and tries again on the next call while that fails.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="PostgreSqlJournalStoreOptions.ConnectionString"/>).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// Options are validated at start-up as for the single-key registration. Every app instance registered with the
    /// same connection string and schema sees the same vaults; a passphrase change, key rotation or erasure on one
    /// holds for all of them at once.
    /// </remarks>
    public static IServiceCollection AddPostgreSqlJournalStore(this IServiceCollection services, Action<PostgreSqlJournalStoreOptions> configure) =>
        Register(services, configure, keyProvider: null, vaults: true);

    private static IServiceCollection Register(
        IServiceCollection services,
        Action<PostgreSqlJournalStoreOptions> configure,
        Func<IServiceProvider, Func<JournalKeyProvider>>? keyProvider,
        bool vaults)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PostgreSqlJournalStore)))
        {
            // The first registration wins whole: its options are not changed by a later call's configure.
            return services;
        }

        services.AddOptions<PostgreSqlJournalStoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlJournalStoreOptions>, PostgreSqlJournalStoreOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PostgreSqlJournalStoreOptions>>().Value;
            if (sp.GetService<TimeProvider>() is { } time)
            {
                options = options.WithTimeProvider(time);
            }

            return PostgreSqlJournalStore.Create(options, dataSource: null, keyProvider?.Invoke(sp), ownsKeyProvider: true, sp.GetService<ILogger<PostgreSqlJournalStore>>());
        });
        services.TryAddSingleton<IJournalStore>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
        services.TryAddSingleton<IPracticeStore>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
        if (vaults)
        {
            services.TryAddSingleton<IOwnerVaults>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
        }

        return services;
    }
}

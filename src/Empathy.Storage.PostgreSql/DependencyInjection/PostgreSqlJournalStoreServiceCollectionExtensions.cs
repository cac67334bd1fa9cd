using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Empathy.Storage.PostgreSql.DependencyInjection;

/// <summary>Registers the PostgreSQL journal store in a <see cref="IServiceCollection"/>.</summary>
public static class PostgreSqlJournalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgreSqlJournalStore"/> as a singleton, also as the <see cref="IJournalStore"/>
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
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(keyProvider);
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

            return PostgreSqlJournalStore.Create(options, dataSource: null, () => keyProvider(sp), ownsKeyProvider: true, sp.GetService<ILogger<PostgreSqlJournalStore>>());
        });
        services.TryAddSingleton<IJournalStore>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
        services.TryAddSingleton<IPracticeStore>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
        return services;
    }
}

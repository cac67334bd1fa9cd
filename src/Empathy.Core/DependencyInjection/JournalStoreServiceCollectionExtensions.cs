using Empathy.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Empathy.Core.DependencyInjection;

/// <summary>Registers a journal store in a <see cref="IServiceCollection"/>.</summary>
public static class JournalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InMemoryJournalStore"/> as the singleton <see cref="IJournalStore"/>, unless a
    /// store is already registered (the first registered store wins, so calling this twice is harmless).
    /// For tests and demos only: nothing is kept after the process ends.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddInMemoryJournalStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IJournalStore>(sp => new InMemoryJournalStore(sp.GetService<TimeProvider>()));
        return services;
    }
}

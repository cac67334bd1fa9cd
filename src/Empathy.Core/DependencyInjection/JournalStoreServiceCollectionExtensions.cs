using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Practice;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Empathy.Core.DependencyInjection;

/// <summary>Registers a journal store in a <see cref="IServiceCollection"/>.</summary>
public static class JournalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InMemoryJournalStore"/> as the singleton <see cref="IJournalStore"/> and, as the same
    /// object, the <see cref="IPracticeStore"/>, unless a store is already registered (the first registered store
    /// wins, so calling this twice is harmless). For tests and demos only: nothing is kept after the process ends.
    /// </summary>
    /// <remarks>
    /// When another <see cref="IJournalStore"/> was registered first, <see cref="IPracticeStore"/> resolves to that
    /// same store when it implements both (the library's stores do), so journal and practice records never end up
    /// in different places; resolving it otherwise throws <see cref="InvalidOperationException"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddInMemoryJournalStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IJournalStore>(sp => new InMemoryJournalStore(sp.GetService<TimeProvider>()));
        services.TryAddSingleton(SameStoreAsTheJournal);
        return services;
    }

    // One store object for the journal and the practice records: an app's own journal store, or the in-memory one.
    private static IPracticeStore SameStoreAsTheJournal(IServiceProvider services)
    {
        var journal = services.GetRequiredService<IJournalStore>();
        return journal as IPracticeStore ?? throw new InvalidOperationException(
            $"The registered IJournalStore ({journal.GetType().Name}) does not keep practice records, and no IPracticeStore is registered. Register an IPracticeStore (the library's stores implement both) before calling AddInMemoryJournalStore.");
    }
}

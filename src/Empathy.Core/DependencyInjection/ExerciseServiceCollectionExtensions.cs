using Empathy.Core.Exercises;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Empathy.Core.DependencyInjection;

/// <summary>Registers exercise packs and the <see cref="IExerciseCatalog"/> that lists them.</summary>
public static class ExerciseServiceCollectionExtensions
{
    /// <summary>
    /// Adds <paramref name="pack"/> to the app's <see cref="IExerciseCatalog"/> (registered on first use):
    /// <c>services.AddExercisePack(EmpathyPack.Pack).AddExercisePack(KindnessPack.Pack)</c>. Adding the
    /// same pack twice is harmless; two different packs with one name fail when the catalog is built.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="pack">A generated pack (<c>KindnessPack.Pack</c>) or one loaded with <see cref="ExercisePack.Load(string, string?)"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddExercisePack(this IServiceCollection services, ExercisePack pack)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pack);

        services.TryAddSingleton<IExerciseCatalog>(sp => new ExerciseCatalog(sp.GetServices<ExercisePackRegistration>().Select(r => r.Pack)));
        var registered = services.Any(d => d.ServiceType == typeof(ExercisePackRegistration)
            && d.ImplementationInstance is ExercisePackRegistration r && r.Pack == pack);
        if (!registered)
        {
            services.AddSingleton(new ExercisePackRegistration(pack));
        }

        return services;
    }
}

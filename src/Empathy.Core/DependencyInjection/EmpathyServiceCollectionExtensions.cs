using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.Energy;
using Empathy.Core.Exercises;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Profiles;
using Empathy.Core.Walls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Empathy.Core.DependencyInjection;

/// <summary>Registers Empathy.Core's services in a <see cref="IServiceCollection"/>.</summary>
public static class EmpathyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the library's services with their options. Calling it more than once is harmless: services
    /// are added only if missing, and each <paramref name="configure"/> is applied in order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional changes to the default options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Options are validated at start-up by a host (ValidateOnStart), and in any case the first time they
    /// are read; invalid options throw <see cref="OptionsValidationException"/> listing every problem.
    /// The text checks, the core-thought grouper and the crisis detector are registered twice over: once
    /// for <see cref="InsightOptions.Language"/>, and once per built-in language keyed by its code
    /// (<see cref="InsightOptions.BuiltInLanguages"/>; built from <see cref="InsightOptions.ForLanguage"/>),
    /// so a host whose people write in several languages takes the one each request needs.
    /// The interop mappers (<see cref="IFhirExerciseMapper"/>, <see cref="IStateOfMindMapper"/>) are
    /// registered on their default options; an app that needs others (another canonical base, say)
    /// registers its own instance before calling this.
    /// </remarks>
    public static IServiceCollection AddEmpathy(this IServiceCollection services, Action<EmpathyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<EmpathyOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmpathyOptions>, EmpathyOptionsValidator>());

        services.TryAddSingleton<IProfileDiagnoser>(sp => new ProfileDiagnoser(Options(sp).Profiles));
        services.TryAddSingleton<IWallDiagnoser>(sp => new WallDiagnoser(Options(sp).Walls));
        services.TryAddSingleton<IExitDiagnoser>(sp => new ExitDiagnoser(Options(sp).Exit));
        services.TryAddSingleton<IEnergyDiagnoser>(sp => new EnergyDiagnoser(Options(sp).Energy));
        services.TryAddSingleton<IConnectionDiagnoser>(sp => new ConnectionDiagnoser(Options(sp).Connection));

        // Text insights. Every registered ICrisisSignalSink hears about crisis signals; the hub is one
        // of them, so a host can also subscribe to its event.
        // Logs through the host's logging when it has one (AddLogging), else nowhere.
        services.TryAddSingleton<IExercisePackLoader>(sp => new ExercisePackLoader(sp.GetService<ILogger<ExercisePackLoader>>()));
        services.TryAddSingleton<CrisisSignalHub>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICrisisSignalSink, CrisisSignalHub>(sp => sp.GetRequiredService<CrisisSignalHub>()));
        // The lexicon service compiles the word lists the options describe, once for every check.
        services.TryAddSingleton<InsightLexicons>();
        services.TryAddSingleton<IObservationCheck>(sp => new ObservationCheck(Options(sp).Insights, sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
        services.TryAddSingleton<IMessageCheck>(sp => new MessageCheck(Options(sp).Insights, sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
        services.TryAddSingleton<IReplyCheck>(sp => new ReplyCheck(Options(sp).Insights, sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
        services.TryAddSingleton<ICoreThoughtGrouper>(sp => new CoreThoughtGrouper(Options(sp).Insights, sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
        services.TryAddSingleton<ICrisisDetector>(sp => new CrisisDetector(Options(sp).Insights, sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));

        // The same services for each built-in language, keyed by its code, for a host whose people write in
        // several: GetRequiredKeyedService<IReplyCheck>("es"), or [FromKeyedServices("es")].
        foreach (var language in InsightOptions.BuiltInLanguages)
        {
            services.TryAddKeyedSingleton<IObservationCheck>(language, (sp, _) => new ObservationCheck(Options(sp).Insights.ForLanguage(language), sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
            services.TryAddKeyedSingleton<IMessageCheck>(language, (sp, _) => new MessageCheck(Options(sp).Insights.ForLanguage(language), sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
            services.TryAddKeyedSingleton<IReplyCheck>(language, (sp, _) => new ReplyCheck(Options(sp).Insights.ForLanguage(language), sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
            services.TryAddKeyedSingleton<ICoreThoughtGrouper>(language, (sp, _) => new CoreThoughtGrouper(Options(sp).Insights.ForLanguage(language), sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
            services.TryAddKeyedSingleton<ICrisisDetector>(language, (sp, _) => new CrisisDetector(Options(sp).Insights.ForLanguage(language), sp.GetServices<ICrisisSignalSink>(), sp.GetRequiredService<InsightLexicons>()));
        }

        services.TryAddSingleton<IFhirExerciseMapper>(_ => new FhirExerciseMapper());
        services.TryAddSingleton<IStateOfMindMapper>(_ => new StateOfMindMapper());
        return services;
    }

    private static EmpathyOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<EmpathyOptions>>().Value;
}

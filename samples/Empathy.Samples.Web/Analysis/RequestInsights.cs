using System.Globalization;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;

namespace Empathy.Samples.Web.Analysis;

/// <summary>
/// The library's insight services in the language of the request: the one the person chose with the
/// language switch (else their browser's), so each person's text is read with the word lists of the
/// language they write in. English when the request's language has no word lists.
/// </summary>
/// <remarks>Scoped: one per request, made after the localization middleware has set the culture.</remarks>
public sealed class RequestInsights(IServiceProvider services)
{
    /// <summary>The language the services read, one of <see cref="InsightOptions.BuiltInLanguages"/>.</summary>
    public string Language { get; } = CurrentLanguage;

    /// <summary>The observation check.</summary>
    public IObservationCheck Observation => services.GetRequiredKeyedService<IObservationCheck>(Language);

    /// <summary>The message check.</summary>
    public IMessageCheck Message => services.GetRequiredKeyedService<IMessageCheck>(Language);

    /// <summary>The reply check.</summary>
    public IReplyCheck Reply => services.GetRequiredKeyedService<IReplyCheck>(Language);

    /// <summary>The core-thought grouper.</summary>
    public ICoreThoughtGrouper CoreThoughts => services.GetRequiredKeyedService<ICoreThoughtGrouper>(Language);

    /// <summary>The crisis detector.</summary>
    public ICrisisDetector Crisis => services.GetRequiredKeyedService<ICrisisDetector>(Language);

    /// <summary>The language the insight services read for this request's culture (for a page's <c>lang</c> attributes).</summary>
    public static string CurrentLanguage => LanguageOf(CultureInfo.CurrentUICulture);

    /// <summary>The built-in insight language of <paramref name="culture"/>: its own when there is one, else English.</summary>
    public static string LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return InsightOptions.BuiltInLanguages.Contains(language, StringComparer.Ordinal) ? language : "en";
    }
}

using System.Globalization;
using Empathy.Core.Exercises;

namespace Empathy.Samples.Web.Exercises;

/// <summary>
/// The language a pack text is shown in, for the pages' <c>lang</c> attributes: its translation's when the
/// request's culture has one, else the base text's. A pack without a Spanish variant shows English on a
/// Spanish page, and a screen reader must read it as English.
/// </summary>
internal static class PackTextLanguage
{
    /// <summary>The language of the base texts: every pack this site registers is written in English first.</summary>
    public const string Base = "en";

    /// <summary>The language <paramref name="text"/> is shown in for the current UI culture.</summary>
    public static string Of(LocalizedText text) => text.TranslationCulture(CultureInfo.CurrentUICulture)?.Name ?? Base;
}

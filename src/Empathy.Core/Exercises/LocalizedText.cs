using System.Globalization;
using System.Text.Json.Serialization;
using Empathy.Core.Serialization;

namespace Empathy.Core.Exercises;

/// <summary>
/// A text of an exercise pack in its base language, with its translations by culture name. Read it
/// with <see cref="Current"/> (or implicitly as a <see cref="string"/>): the text for
/// <see cref="CultureInfo.CurrentUICulture"/>, falling back through parent cultures
/// (<c>es-MX</c> → <c>es</c>) to the base text.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the base text and every translation; culture names compare case-insensitively.</remarks>
[JsonConverter(typeof(LocalizedTextConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private const int MaxParentDepth = 16;
    private readonly Dictionary<string, string> _translations;

    /// <summary>Creates a text with optional translations.</summary>
    /// <param name="invariant">The base text, used when no translation fits the culture.</param>
    /// <param name="translations">Translations keyed by culture name (<c>es</c>, <c>pt-BR</c>).</param>
    /// <exception cref="ArgumentException">A text is blank, or a culture is blank or given twice.</exception>
    public LocalizedText(string invariant, IEnumerable<KeyValuePair<string, string>>? translations = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invariant);
        Invariant = invariant;
        _translations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, text) in translations ?? [])
        {
            if (string.IsNullOrWhiteSpace(culture) || string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException($"A translation needs a culture name and a non-blank text; got culture '{culture}' with text '{text}'.", nameof(translations));
            }

            if (!_translations.TryAdd(culture, text))
            {
                throw new ArgumentException($"The culture '{culture}' is translated twice; give each culture once.", nameof(translations));
            }
        }
    }

    /// <summary>The base text.</summary>
    public string Invariant { get; }

    /// <summary>The translations, keyed by culture name (case-insensitive), in the order given.</summary>
    public IReadOnlyDictionary<string, string> Translations => _translations;

    /// <summary>The text for <see cref="CultureInfo.CurrentUICulture"/>, with parent-culture fallback.</summary>
    public string Current => Resolve(CultureInfo.CurrentUICulture);

    /// <summary>The text for <paramref name="culture"/>: its own translation, else its nearest parent's, else <see cref="Invariant"/>.</summary>
    /// <param name="culture">The culture to read the text in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Resolve(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return FindTranslation(culture).Text ?? Invariant;
    }

    /// <summary>
    /// The culture whose translation <see cref="Resolve"/> reads for <paramref name="culture"/>: the culture
    /// itself or one of its parents (<c>es</c> for <c>es-MX</c> when only <c>es</c> is translated), or
    /// <see langword="null"/> when it falls back to <see cref="Invariant"/>. A host uses it to mark the
    /// language of what it shows (an HTML <c>lang</c> attribute) when a text is not translated.
    /// </summary>
    /// <param name="culture">The culture to read the text in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public CultureInfo? TranslationCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return FindTranslation(culture).Culture;
    }

    // The translation read for a culture and the culture it belongs to, found with one lookup per culture tried.
    private (CultureInfo? Culture, string? Text) FindTranslation(CultureInfo culture)
    {
        if (_translations.Count == 0)
        {
            return (null, null);
        }

        var current = culture;
        for (var depth = 0; depth < MaxParentDepth && current.Name.Length > 0; depth++, current = current.Parent)
        {
            if (_translations.TryGetValue(current.Name, out var text))
            {
                return (current, text);
            }
        }

        return (null, null);
    }

    /// <summary>The text for the current UI culture (see <see cref="Current"/>).</summary>
    public override string ToString() => Current;

    /// <summary>The text for the current UI culture (see <see cref="Current"/>).</summary>
    /// <param name="text">The localized text.</param>
    public static implicit operator string(LocalizedText text) => text?.Current!;

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null
        && string.Equals(Invariant, other.Invariant, StringComparison.Ordinal)
        && _translations.Count == other._translations.Count
        && _translations.All(pair => other._translations.TryGetValue(pair.Key, out var text) && string.Equals(text, pair.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Invariant), _translations.Count);

    /// <summary>Compares two texts and their translations.</summary>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => Equals(left, right);

    /// <summary>Compares two texts and their translations.</summary>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !Equals(left, right);
}

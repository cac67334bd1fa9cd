namespace Empathy.Core.Interop.Fhir;

/// <summary>
/// How exercises and responses are written as FHIR R4 resources: the canonical base the app
/// publishes its questionnaires under, and the language of the packs' base texts.
/// </summary>
/// <remarks>Immutable and thread-safe; validated when set.</remarks>
public sealed record FhirOptions
{
    /// <summary>The default <see cref="CanonicalBase"/>: a reserved example host, to be replaced by the app's own.</summary>
    public const string DefaultCanonicalBase = "https://fhir.empathy.example";

    /// <summary>
    /// The absolute http(s) URL the app's FHIR conformance resources live under, without a trailing
    /// slash (<c>https://fhir.example.org</c>). A questionnaire's canonical <c>url</c> is
    /// <c>{CanonicalBase}/Questionnaire/{pack}/{exercise}</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not an absolute http(s) URL, or it holds a query, a fragment, a <c>|</c> or a trailing slash.</exception>
    public string CanonicalBase
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(CanonicalBase));
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || uri.Query.Length > 0 || uri.Fragment.Length > 0 || value.Contains('|', StringComparison.Ordinal) || value.EndsWith('/'))
            {
                throw new ArgumentException(
                    $"The canonical base must be an absolute http(s) URL without query, fragment, '|' or trailing slash (like 'https://fhir.example.org'); got '{value}'.",
                    nameof(CanonicalBase));
            }

            field = value;
        }
    } = DefaultCanonicalBase;

    /// <summary>
    /// The language of the packs' base texts, as a BCP 47 tag (default <c>en</c>). It becomes the
    /// questionnaire's <c>language</c>; the packs' other cultures become translation extensions.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank or holds white space.</exception>
    public string Language
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Language));
            if (value.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"The language must be a BCP 47 tag such as 'en' or 'pt-BR'; got '{value}'.", nameof(Language));
            }

            field = value;
        }
    } = "en";
}

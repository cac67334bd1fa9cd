using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Analysis;

/// <summary>
/// Refuses a request whose query names a culture (<c>?culture=</c>, <c>?ui-culture=</c>) the site does not read
/// text in, with a field error naming the parameter and the cultures it takes.
/// </summary>
/// <remarks>
/// The localization middleware passes over a culture it does not support and takes the next provider's, which
/// for a text check means reading French words with English word lists, without a word. A culture named in
/// the query is the caller's explicit choice, so it is honoured or refused; the cookie and Accept-Language
/// are wishes and keep falling back. A region of a read culture (<c>es-MX</c>) is read as its language, as
/// the middleware does.
/// </remarks>
internal sealed class QueryCultureFilter(IOptions<RequestLocalizationOptions> localization) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var options = localization.Value;
        var query = context.HttpContext.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var provider in options.RequestCultureProviders.OfType<QueryStringRequestCultureProvider>())
        {
            Check(query, provider.QueryStringKey, options.SupportedCultures, errors);
            Check(query, provider.UIQueryStringKey, options.SupportedUICultures, errors);
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    }

    private static void Check(IQueryCollection query, string key, IList<CultureInfo>? supported, Dictionary<string, string[]> errors)
    {
        // Read as the provider reads it: several values are one comma-joined name, an empty one names nothing.
        string? named = query[key];
        if (string.IsNullOrEmpty(named) || supported is not { Count: > 0 } || IsRead(named, supported))
        {
            return;
        }

        var takes = string.Join(", ", supported.Select(c => $"{c.Name} ({c.EnglishName})"));
        errors[key] = [$"'{named}' is not a culture this site reads text in; {key} takes {takes}, or leave it out to use the language switch's cookie, else Accept-Language."];
    }

    private static bool IsRead(string name, IList<CultureInfo> supported)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }

        for (; !string.IsNullOrEmpty(culture.Name); culture = culture.Parent)
        {
            if (supported.Any(s => string.Equals(s.Name, culture.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}

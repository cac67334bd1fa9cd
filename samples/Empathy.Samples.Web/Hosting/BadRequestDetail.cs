using System.Text.Json;
using System.Text.RegularExpressions;
using Empathy.Core.Storage;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// What a client got wrong in a request the API could not read, in words for the person who wrote the call:
/// the JSON body's mistake and where it is, a body left out, a query or route value that is not of its kind.
/// ASP.NET Core's own messages name the handler's parameters and types ("Failed to bind parameter "int
/// pageSize" from "abc"."), so they are said again here, not passed on.
/// </summary>
internal static partial class BadRequestDetail
{
    /// <summary>The problem document's detail for <paramref name="error"/>, or <see langword="null"/> when nothing more than the title can be said.</summary>
    public static string? Of(BadHttpRequestException error)
    {
        if (error.InnerException is JsonException json)
        {
            return $"The JSON body is not what this endpoint reads: {JsonErrorText.Describe(json)}.";
        }

        if (NoBody().IsMatch(error.Message))
        {
            return "This endpoint reads a JSON body, and the request has none.";
        }

        return UnreadableValue().Match(error.Message) is { Success: true } value
            ? $"'{value.Groups["value"].Value}' is not a valid {value.Groups["name"].Value}."
            : null;
    }

    // "Implicit body inferred for parameter "draft" but no body was provided…", "Required parameter "X draft" was not provided from body."
    [GeneratedRegex(@"no body was provided|was not provided from body", RegexOptions.CultureInvariant)]
    private static partial Regex NoBody();

    // "Failed to bind parameter "int pageSize" from "abc"."
    [GeneratedRegex(@"^Failed to bind parameter ""[^"" ]+ (?<name>[^""]+)"" from ""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex UnreadableValue();
}

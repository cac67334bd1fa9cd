using System.Net.Http.Json;
using System.Text.Json;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>Reads a problem document (RFC 9457) from a response.</summary>
public static class Problem
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The field errors of a validation problem.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await ReadAsync(response);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}

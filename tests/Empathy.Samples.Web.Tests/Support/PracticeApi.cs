using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>Sets up and reads practice records through the JSON API, to check what the pages saved.</summary>
public static class PracticeApi
{
    public static async Task<string> AddRelationshipAsync(ApiUser user, string person)
    {
        var response = await user.Client.PostAsJsonAsync("/api/relationships", new { person });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> NameCriticAsync(ApiUser user, string name, params string[] typicalPhrases)
    {
        var response = await user.Client.PostAsJsonAsync("/api/critics", new { name, typicalPhrases });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static Task<string> RelationshipsJsonAsync(ApiUser user) => user.Client.GetStringAsync("/api/relationships");

    public static Task<JsonElement> GetAsync(ApiUser user, string path) => user.Client.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Everything practice-related the person holds, as text, to compare before and after (leaving out the time-dependent explanations).</summary>
    public static async Task<string> SnapshotAsync(ApiUser user)
    {
        var parts = new List<string>();
        foreach (var r in (await GetAsync(user, "/api/relationships")).EnumerateArray())
        {
            var id = r.GetProperty("id").GetString();
            var exit = await GetAsync(user, $"/api/relationships/{id}/exit");
            parts.Add($"{id} {r.GetProperty("person")} {r.GetProperty("interactions")} {r.GetProperty("lastContactAt")} {exit.GetProperty("checkIns")}");
        }

        parts.Add(await user.Client.GetStringAsync("/api/boundaries"));
        parts.Add(await user.Client.GetStringAsync("/api/critics"));
        return string.Join("\n", parts);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Empathy.Core.Storage.Migrations;

/// <summary>Small node helpers shared by the pre-1.0 migration steps.</summary>
internal static class PreReleaseJson
{
    /// <summary>Renames a property, when present.</summary>
    public static void Move(JsonObject node, string from, string to)
    {
        if (node.Remove(from, out var value))
        {
            node[to] = value;
        }
    }

    /// <summary>Removes a string property and returns its text; <see langword="null"/> when absent or null.</summary>
    public static string? TakeString(JsonObject node, string name)
    {
        if (!node.Remove(name, out var value) || value is null || value.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }

        return value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new JournalFormatException($"A pre-1.0 entry's '{name}' must be text; it is {value.GetValueKind() switch
            {
                JsonValueKind.Number => "a number",
                JsonValueKind.True or JsonValueKind.False => "true or false",
                JsonValueKind.Array => "a list",
                _ => "an object",
            }}.");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Empathy.Core.Storage.Migrations;

/// <summary>
/// Entry schema 0 (pre-1.0, entries with no <c>schemaVersion</c>) to 1. The pre-1.0 shape, documented in
/// docs/storage.md: <c>felt</c>, <c>logged</c>, <c>happened</c>, <c>thoughts</c> and <c>body</c> as
/// newline-separated text, <c>coping</c>, one optional <c>emotion</c> object
/// (<c>{"name","before","after"}</c>) and <c>tags</c> as comma-separated text.
/// </summary>
internal sealed class PreReleaseEntryMigration : IJsonMigration
{
    public int FromVersion => 0;

    public void Apply(JsonObject node)
    {
        PreReleaseJson.Move(node, "felt", "feltAt");
        if (!node.ContainsKey("logged"))
        {
            // Pre-1.0 entries could omit when they were written: it was the same moment as felt.
            node["logged"] = node["feltAt"]?.DeepClone();
        }

        PreReleaseJson.Move(node, "logged", "loggedAt");
        PreReleaseJson.Move(node, "happened", "whatHappened");
        PreReleaseJson.Move(node, "coping", "whatIDid");
        node["automaticThoughts"] = SplitText(node, "thoughts", '\n');
        node["bodySensations"] = SplitText(node, "body", '\n');
        node["tags"] = SplitText(node, "tags", ',');
        node["emotions"] = Emotions(node);

        // Pre-1.0 entries had no life areas. Every list is written, even when empty: the generated
        // reader sets an absent init-only member to null, which the entry refuses.
        node["lifeAreas"] = new JsonArray();
    }

    private static JsonArray SplitText(JsonObject node, string name, char separator)
    {
        var text = PreReleaseJson.TakeString(node, name);
        var items = text?.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return [.. items.Select(item => (JsonNode?)JsonValue.Create(item))];
    }

    private static JsonArray Emotions(JsonObject node)
    {
        if (!node.Remove("emotion", out var emotion) || emotion is null)
        {
            return [];
        }

        if (emotion is not JsonObject old)
        {
            throw new JournalFormatException("A pre-1.0 entry's 'emotion' must be an object with 'name', 'before' and optionally 'after'.");
        }

        var migrated = new JsonObject
        {
            ["emotion"] = old["name"]?.DeepClone(),
            ["intensityBefore"] = old["before"]?.DeepClone(),
        };
        if (old["after"] is { } after && after.GetValueKind() != JsonValueKind.Null)
        {
            migrated["intensityAfter"] = after.DeepClone();
        }

        return [migrated];
    }
}

using System.Text.Json.Nodes;

namespace Empathy.Core.Storage.Migrations;

/// <summary>
/// Export format 0 (pre-1.0) to 1: <c>{"version":0,"exported":…,"entries":[…]}</c> becomes
/// <c>{"formatVersion":1,"exportedAt":…,"entries":[…]}</c>. The entries keep their own (pre-1.0) shape;
/// <see cref="PreReleaseEntryMigration"/> migrates each of them. See docs/storage.md.
/// </summary>
internal sealed class PreReleaseExportMigration : IJsonMigration
{
    public int FromVersion => 0;

    public void Apply(JsonObject node)
    {
        node.Remove("version");
        PreReleaseJson.Move(node, "exported", "exportedAt");
    }
}

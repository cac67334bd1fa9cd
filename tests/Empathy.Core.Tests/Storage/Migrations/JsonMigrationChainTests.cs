using System.Text.Json.Nodes;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Migrations;

namespace Empathy.Core.Tests.Storage.Migrations;

public class JsonMigrationChainTests
{
    [Fact]
    public void MigrateToCurrent_RunsEveryStepInOrder_AndStampsEachVersion()
    {
        var chain = new JsonMigrationChain("thing", "v", 3, [new Rename(1, "b", "c"), new Rename(0, "a", "b"), new Rename(2, "c", "d")]);
        var node = new JsonObject { ["a"] = 42 };

        chain.MigrateToCurrent(node, 0);

        Assert.Equal("""{"v":3,"d":42}""", node.ToJsonString());
    }

    [Fact]
    public void MigrateToCurrent_FromAMiddleVersion_RunsOnlyTheLaterSteps()
    {
        var chain = new JsonMigrationChain("thing", "v", 2, [new Rename(0, "a", "b"), new Rename(1, "b", "c")]);
        var node = new JsonObject { ["a"] = 1, ["b"] = 2 };

        chain.MigrateToCurrent(node, 1);

        Assert.Equal(1, (int)node["a"]!);
        Assert.Equal(2, (int)node["c"]!);
    }

    [Fact]
    public void MigrateToCurrent_AtCurrentVersion_ChangesNothing()
    {
        var node = new JsonObject { ["a"] = 1 };

        new JsonMigrationChain("thing", "v", 1, [new Rename(0, "a", "b")]).MigrateToCurrent(node, 1);

        Assert.Equal("""{"a":1}""", node.ToJsonString());
    }

    [Fact]
    public void MigrateToCurrent_NewerVersion_IsRefused_SayingToUpdate()
    {
        var chain = new JsonMigrationChain("thing", "v", 1, []);

        var error = Assert.Throws<JournalFormatException>(() => chain.MigrateToCurrent(new JsonObject(), 2));

        Assert.Contains("newer version", error.Message);
    }

    [Fact]
    public void MigrateToCurrent_MissingStep_IsRefused_NamingTheVersion()
    {
        var chain = new JsonMigrationChain("thing", "v", 2, [new Rename(1, "a", "b")]);

        var error = Assert.Throws<JournalFormatException>(() => chain.MigrateToCurrent(new JsonObject(), 0));

        Assert.Contains("no migration reads version 0", error.Message);
    }

    [Fact]
    public void RegisteredChains_ReachTheCurrentVersions()
    {
        Assert.Equal(Empathy.Core.Journal.JournalEntry.CurrentSchemaVersion, JournalMigrations.Entries.CurrentVersion);
        Assert.Equal(JournalExport.CurrentFormatVersion, JournalMigrations.Exports.CurrentVersion);
    }

    private sealed class Rename(int from, string oldName, string newName) : IJsonMigration
    {
        public int FromVersion => from;

        public void Apply(JsonObject node) => PreReleaseJson.Move(node, oldName, newName);
    }
}

using System.Text.Json.Nodes;
using Empathy.Core.Connection;
using Empathy.Docs.Snippets;

namespace Empathy.Core.Tests.Docs;

/// <summary>The practice records snippet of docs/storage.md, run.</summary>
public partial class SnippetTests
{
    [Fact]
    public async Task Practice_StoreAndDiagnose_ReadsTheRelationshipBack_AndExportsEverything()
    {
        var folder = Directory.CreateTempSubdirectory("empathy-docs-");
        try
        {
            var (status, document) = await PracticeSnippets.StoreAndDiagnose(Path.Combine(folder.FullName, "journal.db"));

            Assert.Equal(ContactStatus.Green, status.Status);
            Assert.NotNull(status.LastContactAt);
            var json = JsonNode.Parse(document)!;
            Assert.Equal("Sam", (string)json["practice"]!["records"]!["relationship"]![0]!["value"]!["person"]!);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

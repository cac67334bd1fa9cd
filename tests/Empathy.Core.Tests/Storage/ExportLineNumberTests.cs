using System.Text;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Tests.Storage;

public class ExportLineNumberTests
{
    // The refused value sits on line 9 of this document, as an editor counts lines.
    private const string Document = """
        {
          "formatVersion": 1,
          "exportedAt": "2026-11-20T21:30:00+01:00",
          "entries": [
            {
              "schemaVersion": 1, "id": "0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01",
              "feltAt": "2026-11-20T15:00:00+01:00", "loggedAt": "2026-11-20T21:30:00+01:00",
              "whatHappened": "x",
              "emotions": [{ "emotion": "anxious", "intensityBefore": "high" }]
            }
          ]
        }
        """;

    [Fact]
    public void Deserialize_OfAMultiLineDocument_GivesTheLineOfTheRefusedValue()
    {
        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize(Encoding.UTF8.GetBytes(Document)));

        Assert.Contains("line 9", error.Message);
    }

    [Fact]
    public async Task DeserializeAsync_OfAMultiLineDocument_GivesTheSameLineAsDeserialize()
    {
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(Document));

        var error = await Assert.ThrowsAsync<JournalFormatException>(() => JournalExportJson.DeserializeAsync(source, CancellationToken.None));

        Assert.Contains("line 9", error.Message);
    }

    // A practice export whose second inner-critic record holds a phrase list that is not a list, on line 9.
    private const string PracticeDocument = """
        {
          "formatVersion": 1,
          "exportedAt": "2026-11-20T21:30:00+01:00",
          "records": {
            "inner-critic": [
              { "id": "8e0b9d3c-3f4e-4c55-9d1e-0f6b3b0c2a11", "at": "2026-11-20T21:30:00+01:00", "schemaVersion": 1, "value": { "name": "the heckler" } },
              { "id": "8e0b9d3c-3f4e-4c55-9d1e-0f6b3b0c2a12", "at": "2026-11-20T21:30:00+01:00", "schemaVersion": 1,
                "value": { "name": "Ms Perfect",
                  "typicalPhrases": 5 } }
            ]
          }
        }
        """;

    [Fact]
    public void PracticeExport_Deserialize_GivesTheLineOfTheRefusedValue_AndCountsRecordsFromOne()
    {
        var error = Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(PracticeDocument)));

        Assert.Contains("line 9,", error.Message);
        Assert.Contains("inner-critic record 2 of the practice export", error.Message);
    }

    [Fact]
    public async Task PracticeExport_DeserializeAsync_GivesTheSameLineAsDeserialize()
    {
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(PracticeDocument));

        var error = await Assert.ThrowsAsync<JournalFormatException>(() => PracticeExportJson.DeserializeAsync(source, CancellationToken.None));

        Assert.Contains("line 9,", error.Message);
    }

    // A whole-owner export holding the journal document above (its refused value on line 12) and no practice records.
    private static string OwnerDocument() =>
        "{\n  \"formatVersion\": 1,\n  \"exportedAt\": \"2026-11-20T21:30:00+01:00\",\n  \"journal\": " + Document
        + ",\n  \"practice\": { \"formatVersion\": 1, \"exportedAt\": \"2026-11-20T21:30:00+01:00\", \"records\": {} }\n}";

    [Fact]
    public void OwnerDataExport_Deserialize_GivesTheLineOfTheRefusedValue()
    {
        var error = Assert.Throws<JournalFormatException>(() => OwnerDataExportJson.Deserialize(Encoding.UTF8.GetBytes(OwnerDocument())));

        Assert.Contains("line 12", error.Message);
        Assert.Contains("Entry 1 of the journal export", error.Message);
    }

    [Fact]
    public async Task OwnerDataExport_DeserializeAsync_GivesTheSameLineAsDeserialize()
    {
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(OwnerDocument()));

        var error = await Assert.ThrowsAsync<JournalFormatException>(() => OwnerDataExportJson.DeserializeAsync(source, CancellationToken.None));

        Assert.Contains("line 12", error.Message);
    }
}

using System.Text;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;

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
}

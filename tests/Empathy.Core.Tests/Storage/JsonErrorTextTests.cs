using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;

namespace Empathy.Core.Tests.Storage;

/// <summary>JSON errors say the line and byte as an editor counts them (from 1), the member, and no .NET type names.</summary>
public sealed class JsonErrorTextTests
{
    [Fact]
    public void Describe_ASyntaxError_CountsLinesAndBytesFromOne()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonNode.Parse("{\"formatVersion\": 1,\n \"entries\": [}"));

        Assert.Equal("'}' is an invalid start of a value (line 2, byte 14 of that line)", JsonErrorText.Describe(error));
    }

    [Fact]
    public void Describe_AValueOfTheWrongType_NamesItsPathNotADotNetType()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<int[]>("[1,\n  \"two\"]"));

        Assert.Equal("A value here is not of the type or format expected, at $[1] (line 2, byte 8 of that line)", JsonErrorText.Describe(error));
    }

    [Fact]
    public void Describe_AMemberAStrictReaderDoesNotKnow_NamesTheMemberNotADotNetType()
    {
        var strict = new JsonSerializerOptions { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Probe>("{\"Name\": \"a\", \"nmae\": \"b\"}", strict));

        Assert.Equal("There is no member 'nmae' in this place, at $.nmae (line 1, byte 22 of that line)", JsonErrorText.Describe(error));
    }

    [Fact]
    public void Describe_MissingRequiredMembers_NamesThemNotADotNetType()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Required>("{\"other\": 1}"));

        Assert.Equal("Missing required members: 'Name' (line 1, byte 13 of that line)", JsonErrorText.Describe(error));
    }

    [Fact]
    public void StateOfMindExport_OfAnotherKindOfDocument_IsRefused()
    {
        var error = Assert.Throws<JsonException>(() => Empathy.Core.Interop.HealthKit.StateOfMindMapper.FromJson("""{"formatVersion": 1, "exportedAt": "2026-01-01T00:00:00+00:00", "entries": []}"""));

        Assert.Equal("This is not a state-of-mind export: it has no 'samples' array.", error.Message);
    }

    [Fact]
    public void Describe_AnErrorWithoutAPosition_IsItsMessage() =>
        Assert.Equal("A journal entry id must be a non-empty GUID string", JsonErrorText.Describe(new JsonException("A journal entry id must be a non-empty GUID string.")));

    [Fact]
    public void Describe_WithoutAnError_Throws() =>
        Assert.Throws<ArgumentNullException>(() => JsonErrorText.Describe(null!));

    [Fact]
    public void JournalExport_ThatIsNotJson_SaysTheLineAnEditorShows()
    {
        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize("{\"formatVersion\": 1,\n \"entries\": [}"u8));

        Assert.Equal("The journal export is not valid JSON: '}' is an invalid start of a value (line 2, byte 14 of that line).", error.Message);
    }

    [Fact]
    public void JournalExport_WithAnEntryOfTheWrongShape_NamesTheEntryItsMemberAndTheLineInTheFile_NotAPositionInACopy()
    {
        const string document = """
            {"formatVersion": 1, "exportedAt": "2026-01-01T00:00:00+00:00", "entries": [
              {"id": "11111111-1111-1111-1111-111111111111", "schemaVersion": 1, "feltAt": 5,
               "loggedAt": "2026-01-01T00:00:00+00:00", "whatHappened": "It rained."}
            ]}
            """;

        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize(Encoding.UTF8.GetBytes(document)));

        Assert.Contains("(id 11111111-1111-1111-1111-111111111111) is not a valid journal entry: A moment is a date and time with its offset from UTC", error.Message);
        // the path and line of the file, not of the copy of the entry that was read (whose line would be 1)
        Assert.EndsWith("at $.entries[0].feltAt (line 2, byte 80 of that line).", error.Message);
        Assert.DoesNotContain("Empathy.Core", error.Message);
    }

    private sealed record Probe(string Name);

    private sealed class Required
    {
        public required string Name { get; init; }
    }
}

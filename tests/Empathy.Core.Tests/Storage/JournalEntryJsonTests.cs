using System.Text;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage;

public class JournalEntryJsonTests
{
    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsEveryField()
    {
        var entry = JournalSamples.Entry();

        Assert.Equal(entry, JournalEntryJson.Deserialize(JournalEntryJson.SerializeToUtf8Bytes(entry)));
    }

    [Fact]
    public void PreReleaseEntry_WithoutSchemaVersion_IsMigrated()
    {
        var json = """{"id":"0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01","felt":"2025-05-30T15:00:00+02:00","happened":"x","thoughts":"a\nb","tags":"One,two"}"""u8;

        var entry = JournalEntryJson.Deserialize(json);

        Assert.Equal(JournalEntry.CurrentSchemaVersion, entry.SchemaVersion);
        Assert.Equal(["a", "b"], entry.AutomaticThoughts.Select(t => t.Reveal()));
        Assert.Equal(["one", "two"], entry.Tags);
    }

    [Fact]
    public void PreReleaseEntry_WithAWronglyTypedField_IsRefusedClearly()
    {
        var json = """{"id":"0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01","felt":"2025-05-30T15:00:00+02:00","happened":"x","thoughts":["a"]}"""u8.ToArray();

        var error = Assert.Throws<JournalFormatException>(() => JournalEntryJson.Deserialize(json));

        Assert.Contains("'thoughts' must be text", error.Message);
    }

    [Fact]
    public void NewerSchema_IsRefused() =>
        Assert.Throws<JournalFormatException>(() => JournalEntryJson.Deserialize("""{"schemaVersion":2}"""u8));

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("""{"schemaVersion":"1"}""")]
    [InlineData("""{"schemaVersion":1,"id":"0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01"}""")]
    public void Malformed_IsRefusedWithAJournalFormatException(string json) =>
        Assert.Throws<JournalFormatException>(() => JournalEntryJson.Deserialize(Encoding.UTF8.GetBytes(json)));
}

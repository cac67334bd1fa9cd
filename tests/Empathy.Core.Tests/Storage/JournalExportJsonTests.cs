using System.Text;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage;

public class JournalExportJsonTests
{
    private static byte[] PreReleaseFixture() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "pre-1.0-export.json"));

    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsEveryField()
    {
        var export = new JournalExport { ExportedAt = JournalSamples.Start, Entries = JournalSamples.Hourly(3) };

        var back = JournalExportJson.Deserialize(JournalExportJson.SerializeToUtf8Bytes(export));

        Assert.Equal(export, back);
    }

    [Fact]
    public async Task SerializeAsync_WritesTheSameDocument()
    {
        var export = new JournalExport { ExportedAt = JournalSamples.Start, Entries = JournalSamples.Hourly(2) };
        using var stream = new MemoryStream();

        await JournalExportJson.SerializeAsync(stream, export);

        Assert.Equal(JournalExportJson.SerializeToUtf8Bytes(export), stream.ToArray());
    }

    [Fact]
    public void Serialize_IsVersioned_AndRevealsThePrivateText()
    {
        var json = Encoding.UTF8.GetString(JournalExportJson.SerializeToUtf8Bytes(new JournalExport { ExportedAt = JournalSamples.Start, Entries = [JournalSamples.Entry()] }));

        Assert.Contains("\"formatVersion\": 1", json);
        Assert.Contains("\"schemaVersion\": 1", json);
        Assert.Contains(JournalSamples.SecretPhrase, json);
    }

    [Fact]
    public void PreReleaseDocument_IsMigrated_FieldByField()
    {
        var export = JournalExportJson.Deserialize(PreReleaseFixture());

        Assert.Equal(JournalExport.CurrentFormatVersion, export.FormatVersion);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(2)), export.ExportedAt);
        Assert.Equal(2, export.Entries.Count);
        var first = export.Entries[0];
        Assert.Equal(JournalEntryId.Parse("0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01"), first.Id);
        Assert.Equal(JournalEntry.CurrentSchemaVersion, first.SchemaVersion);
        Assert.Equal(new DateTimeOffset(2025, 5, 30, 15, 0, 0, TimeSpan.FromHours(2)), first.FeltAt);
        Assert.Equal(new DateTimeOffset(2025, 5, 30, 21, 30, 0, TimeSpan.FromHours(2)), first.LoggedAt);
        Assert.Equal("In the afternoon meeting the boss summarised and did not mention my part.", first.WhatHappened.Reveal());
        Assert.Equal(["He's unhappy with me.", "I'll be fired.", "I'm a failure."], first.AutomaticThoughts.Select(t => t.Reveal()));
        Assert.Equal(["stomach clenched", "back cold"], first.BodySensations.Select(t => t.Reveal()));
        Assert.Equal("Shopped online all afternoon.", first.WhatIDid?.Reveal());
        Assert.Equal([new EmotionRating { Emotion = "anxious", IntensityBefore = 80, IntensityAfter = 40 }], first.Emotions);
        Assert.Equal(["work", "meeting"], first.Tags);
    }

    [Fact]
    public void PreReleaseDocument_OptionalFieldsMissing_GetTheirDefaults()
    {
        var second = JournalExportJson.Deserialize(PreReleaseFixture()).Entries[1];

        Assert.Equal(second.FeltAt, second.LoggedAt);
        Assert.Equal(["I'll be abandoned."], second.AutomaticThoughts.Select(t => t.Reveal()));
        Assert.Empty(second.BodySensations);
        Assert.Empty(second.Emotions);
        Assert.Empty(second.Tags);
        Assert.Null(second.WhatIDid);
    }

    [Fact]
    public void PreReleaseDocument_RoundTripsAsTheCurrentFormat()
    {
        var migrated = JournalExportJson.Deserialize(PreReleaseFixture());

        Assert.Equal(migrated, JournalExportJson.Deserialize(JournalExportJson.SerializeToUtf8Bytes(migrated)));
    }

    [Fact]
    public void NewerFormat_IsRefused_SayingToUpdate()
    {
        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize("""{"formatVersion":99,"exportedAt":"2026-01-01T00:00:00Z","entries":[]}"""u8));

        Assert.Contains("newer version", error.Message);
    }

    [Fact]
    public void EntryOfANewerSchema_IsRefused_NamingItsPosition()
    {
        var error = Assert.Throws<JournalFormatException>(() =>
            JournalExportJson.Deserialize("""{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","entries":[{"id":"0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01","schemaVersion":7}]}"""u8));

        Assert.Contains("Entry 1 of the journal export", error.Message);
        Assert.Contains("newer version", error.Message);
    }

    [Fact]
    public void InvalidEntry_IsRefused_NamingItsPositionAndId_NotItsText()
    {
        var json = """{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","entries":[{"id":"0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01","schemaVersion":1,"feltAt":"2026-01-01T00:00:00Z","loggedAt":"2026-01-01T00:00:00Z","whatHappened":"my secret","valence":7}]}"""u8.ToArray();

        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize(json));

        Assert.Contains("Entry 1 of the journal export", error.Message);
        Assert.Contains("0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01", error.Message);
        Assert.DoesNotContain("my secret", error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"entries":[]}""")]
    [InlineData("""{"formatVersion":"one","exportedAt":"2026-01-01T00:00:00Z","entries":[]}""")]
    [InlineData("""{"formatVersion":1,"entries":[]}""")]
    [InlineData("""{"formatVersion":1,"exportedAt":"yesterday","entries":[]}""")]
    [InlineData("""{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z"}""")]
    [InlineData("""{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","entries":[3]}""")]
    public void MalformedDocument_IsRefusedWithAJournalFormatException(string json) =>
        Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public async Task DeserializeAsync_ReadsTheFixture()
    {
        await using var stream = new MemoryStream(PreReleaseFixture());

        var export = await JournalExportJson.DeserializeAsync(stream);

        Assert.Equal(JournalExportJson.Deserialize(PreReleaseFixture()), export);
    }
}

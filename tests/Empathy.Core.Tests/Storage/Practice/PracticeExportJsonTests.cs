using System.Text;
using System.Text.Json.Nodes;
using Empathy.Core.Critic;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Migrations;
using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage.Practice;

public sealed class PracticeExportJsonTests
{
    [Fact]
    public void RoundTrip_KeepsEveryRecordOfEveryKind()
    {
        var document = PracticeSamples.Export();

        var read = PracticeExportJson.Deserialize(PracticeExportJson.SerializeToUtf8Bytes(document));

        Assert.Equal(document, read);
    }

    [Fact]
    public async Task RoundTrip_ThroughStreams_KeepsTheDocument()
    {
        var document = PracticeSamples.Export();
        using var stream = new MemoryStream();

        await PracticeExportJson.SerializeAsync(stream, document);
        stream.Position = 0;

        Assert.Equal(document, await PracticeExportJson.DeserializeAsync(stream));
    }

    [Fact]
    public void Document_NamesEveryKind_AndRevealsThePrivateText()
    {
        var json = JsonNode.Parse(PracticeExportJson.SerializeToUtf8Bytes(PracticeSamples.Export()))!.AsObject();

        Assert.Equal(1, (int)json["formatVersion"]!);
        Assert.Equal(PracticeKinds.All.Select(k => k.Name), json["records"]!.AsObject().Select(p => p.Key));
        Assert.Contains(PracticeSamples.SecretPhrase, json.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, (int)json["records"]!["self-empathy-note"]![0]!["schemaVersion"]!);
    }

    [Fact]
    public void Deserialize_UnknownKind_IsRefusedNotDropped()
    {
        var json = JsonNode.Parse(PracticeExportJson.SerializeToUtf8Bytes(PracticeSamples.Export()))!.AsObject();
        json["records"]!["dream-diary"] = new JsonArray();

        var error = Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(json.ToJsonString())));

        Assert.Contains("dream-diary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NewerFormatOrRecordSchema_IsRefused()
    {
        var newerDocument = JsonNode.Parse(PracticeExportJson.SerializeToUtf8Bytes(PracticeSamples.Export()))!.AsObject();
        newerDocument["formatVersion"] = 2;
        var newerRecord = JsonNode.Parse(PracticeExportJson.SerializeToUtf8Bytes(PracticeSamples.Export()))!.AsObject();
        newerRecord["records"]!["inner-critic"]![0]!["schemaVersion"] = 7;

        Assert.Contains("newer", Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(newerDocument.ToJsonString()))).Message, StringComparison.Ordinal);
        var error = Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(newerRecord.ToJsonString())));
        Assert.Contains("inner-critic", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"formatVersion\":1}")]
    [InlineData("{\"formatVersion\":1,\"exportedAt\":\"2026-03-01T09:00:00+02:00\"}")]
    [InlineData("{\"formatVersion\":1,\"exportedAt\":\"2026-03-01T09:00:00+02:00\",\"records\":{\"inner-critic\":[{\"id\":\"x\",\"at\":\"2026-03-01T09:00:00+02:00\",\"schemaVersion\":1,\"value\":{\"name\":\"h\"}}]}}")]
    [InlineData("{\"formatVersion\":1,\"exportedAt\":\"2026-03-01T09:00:00+02:00\",\"records\":{\"inner-critic\":[{\"id\":\"8e0b9d3c-3f4e-4c55-9d1e-0f6b3b0c2a11\",\"at\":\"2026-03-01T09:00:00+02:00\",\"schemaVersion\":1,\"value\":{\"name\":\" \"}}]}}")]
    public void Deserialize_Malformed_ThrowsFormatException(string json) =>
        Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Deserialize_SameIdTwiceInAKind_IsAFormatError()
    {
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        var json = JsonNode.Parse(PracticeExportJson.SerializeToUtf8Bytes(new PracticeExport { ExportedAt = PracticeSamples.Start, InnerCritics = [record] }))!.AsObject();
        var items = json["records"]!["inner-critic"]!.AsArray();
        items.Add(items[0]!.DeepClone());

        Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(json.ToJsonString())));
    }

    [Fact]
    public void MigrationSeam_ReadsAnOlderSchemaThroughItsStep()
    {
        // A kind at schema 2 whose step from 1 renames "nickname" to "name": the way a real kind's shape changes.
        var kind = new PracticeKind<InnerCritic>(
            "inner-critic", 2, EmpathyJson.Revealing.InnerCritic, _ => [], [new RenameNickname()], e => e.InnerCritics, (e, r) => e with { InnerCritics = r });
        var old = """{"id":"8e0b9d3c-3f4e-4c55-9d1e-0f6b3b0c2a11","at":"2026-03-01T09:00:00+02:00","schemaVersion":1,"value":{"nickname":"the heckler","typicalPhrases":["again?"]}}""";

        var record = PracticeRecordJson.Deserialize(kind, Encoding.UTF8.GetBytes(old), "The test record");

        Assert.Equal(new InnerCritic { Name = "the heckler", TypicalPhrases = ["again?"] }, record.Value);
    }

    [Fact]
    public void OwnerData_RoundTrips_AndEachPartReadsAlone()
    {
        var document = new OwnerDataExport
        {
            ExportedAt = PracticeSamples.Start.AddDays(50),
            Journal = new JournalExport { ExportedAt = PracticeSamples.Start.AddDays(50), Entries = JournalSamples.Hourly(3) },
            Practice = PracticeSamples.Export(),
        };

        var bytes = OwnerDataExportJson.SerializeToUtf8Bytes(document);
        var json = JsonNode.Parse(bytes)!.AsObject();

        var read = OwnerDataExportJson.Deserialize(bytes);
        Assert.Equal(document, read);
        Assert.Equal(document.Journal, JournalExportJson.Deserialize(Encoding.UTF8.GetBytes(json["journal"]!.ToJsonString())));
        Assert.Equal(document.Practice, PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(json["practice"]!.ToJsonString())));
    }

    [Fact]
    public void OwnerData_NewerFormat_IsRefused()
    {
        var json = """{"formatVersion":9,"exportedAt":"2026-03-01T09:00:00+02:00","journal":{},"practice":{}}""";

        Assert.Throws<JournalFormatException>(() => OwnerDataExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"exportedAt":"2026-03-01T09:00:00+02:00"}""", "This is not an owner data export: it has no whole-number 'formatVersion'.")]
    [InlineData("[]", "An owner data export must be a JSON object with 'formatVersion' and 'exportedAt'.")]
    public void OwnerData_NotAnExport_IsRefusedInGoodEnglish(string json, string message)
    {
        var error = Assert.Throws<JournalFormatException>(() => OwnerDataExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void PracticeExport_NotAnExport_IsRefusedInGoodEnglish()
    {
        var error = Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize("[]"u8));

        Assert.Equal("A practice export must be a JSON object with 'formatVersion' and 'exportedAt'.", error.Message);
    }

    private sealed class RenameNickname : IJsonMigration
    {
        public int FromVersion => 1;

        public void Apply(JsonObject node)
        {
            var value = node["value"]!.AsObject();
            var nickname = value["nickname"];
            value.Remove("nickname");
            value["name"] = nickname;
        }
    }
}

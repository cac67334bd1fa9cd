using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class InteropCommandsTests : IDisposable
{
    private static readonly DateTimeOffset Felt = new(2026, 11, 28, 15, 30, 0, TimeSpan.FromHours(1));
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task ExportFhir_WritesABundleWithAQuestionnairePerExercise()
    {
        var result = await _journal.RunAsync("export", "--format", "fhir", "--canonical-base", "https://fhir.example.org");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var bundle = JsonNode.Parse(result.Out)!;
        Assert.Equal("Bundle", (string?)bundle["resourceType"]);
        var urls = bundle["entry"]!.AsArray().Select(e => (string?)e!["resource"]!["url"]).ToList();
        Assert.Equal(EmpathyPack.Pack.Exercises.Select(e => $"https://fhir.example.org/Questionnaire/empathy/{e.Id}"), urls);
        Assert.Contains($"Exported {EmpathyPack.Pack.Exercises.Count} exercises", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFhir_SavesAValidResponseAsAnExerciseResponse()
    {
        var file = WriteResponse(ArchaeologistAnswers());

        var result = await _journal.RunAsync("import", "--format", "fhir", file);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Imported 1 exercise response", result.Flat, StringComparison.Ordinal);
        var saved = Assert.Single(await HistoryAsync());
        Assert.Equal(EmpathyPack.ArchaeologistJournal.Id, saved.GetProperty("exerciseId").GetString());
        Assert.Equal("The call ended early.", saved.GetProperty("answers").GetProperty("what-happened").GetProperty("text").GetString());
        Assert.Equal(Felt, saved.GetProperty("at").GetDateTimeOffset());
        Assert.Empty(await ExportedEntriesAsync());
    }

    [Fact]
    public async Task ExportFhir_CarriesTheSavedResponses_AndImportingTheBundleTwiceKeepsThemOnce()
    {
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("import", "--format", "fhir", WriteResponse(ArchaeologistAnswers()))).ExitCode);
        var bundleFile = _journal.File("bundle.json");

        var exported = await _journal.RunAsync("export", "--format", "fhir", "--out", bundleFile);

        Assert.True(exported.ExitCode == ExitCodes.Success, exported.Error);
        Assert.Contains("1 exercise response as QuestionnaireResponses", exported.Error, StringComparison.Ordinal);
        var bundle = JsonNode.Parse(File.ReadAllText(bundleFile))!;
        var response = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).Single(r => (string?)r["resourceType"] == "QuestionnaireResponse");
        var recordId = (string?)(await HistoryAsync())[0].GetProperty("id").GetString();
        Assert.Equal(recordId, (string?)response["id"]);
        Assert.Equal(EmpathyPack.Pack.Exercises.Count + 1, bundle["entry"]!.AsArray().Count);

        using var other = new TempJournal();
        var first = await other.RunAsync("import", "--format", "fhir", bundleFile);
        var second = await other.RunAsync("import", "--format", "fhir", bundleFile);
        Assert.Contains("Imported 1 exercise response", first.Flat, StringComparison.Ordinal);
        Assert.Contains("Imported 0 exercise responses", second.Flat, StringComparison.Ordinal);
        Assert.Contains("1 already there", second.Flat, StringComparison.Ordinal);
        var history = await other.RunAsync("exercises", "history", "--format", "json");
        Assert.Equal(recordId, Assert.Single(JsonDocument.Parse(history.Out).RootElement.EnumerateArray().ToList()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task ExportAll_ThenImportAll_CarriesJournalAndPracticeRecords_Idempotently()
    {
        await SeedAsync(new JournalEntry { Id = JournalEntryId.New(), FeltAt = Felt, LoggedAt = Felt, WhatHappened = "A quiet evening." });
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("relationship", "add", "Sam")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("critic", "name", "the heckler")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("boundary", "zone", "Sam", "inside")).ExitCode);
        var file = _journal.File("everything.json");

        var exported = await _journal.RunAsync("export", "--format", "all", "--out", file);

        Assert.True(exported.ExitCode == ExitCodes.Success, exported.Error);
        Assert.Contains("1 journal entry and 3 practice records", exported.Error, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        using var other = new TempJournal();
        var first = await other.RunAsync("import", "--format", "all", file);
        var second = await other.RunAsync("import", "--format", "all", file);
        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        Assert.Contains("Imported 1 journal entry and 3 practice records", first.Flat, StringComparison.Ordinal);
        Assert.Contains("Imported 0 journal entries and 0 practice records", second.Flat, StringComparison.Ordinal);
        Assert.Contains("4 already there", second.Flat, StringComparison.Ordinal);
        var status = await other.RunAsync("relationship", "status", "Sam", "--format", "json");
        Assert.True(status.ExitCode == ExitCodes.Success, status.Error);
        var critics = await other.RunAsync("critic", "list", "--format", "json");
        Assert.Contains("the heckler", critics.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAll_OfAFileThatIsNotAnExport_IsBadInputAndSavesNothing()
    {
        var file = _journal.File("garbage.json");
        File.WriteAllText(file, "{\"formatVersion\": 1, \"journal\": 7}");
        await _journal.RunAsync("boundary", "zone", "Sam", "inside"); // a journal to find nothing saved in (a refused file creates none)

        var result = await _journal.RunAsync("import", "--format", "all", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("is not a whole-owner export", result.Error, StringComparison.Ordinal);
        Assert.Empty(await ExportedEntriesAsync());
    }

    [Fact]
    public async Task ImportFhir_RefusesAnEditedResponseNamingTheLinkId_AndSavesNothing()
    {
        var json = JsonNode.Parse(new FhirExerciseMapper().ToQuestionnaireResponseJson(EmpathyPack.Pack, ArchaeologistAnswers(), Felt))!;
        json["item"]!.AsArray().Single(i => (string?)i!["linkId"] == "intensity")!["answer"]![0]!["valueInteger"] = 250;
        var file = _journal.File("edited.json");
        File.WriteAllText(file, json.ToJsonString());
        await _journal.RunAsync("boundary", "zone", "Sam", "inside"); // a journal to find nothing saved in (a refused file creates none)

        var result = await _journal.RunAsync("import", "--format", "fhir", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("linkId 'intensity'", result.Error, StringComparison.Ordinal);
        Assert.Empty(await HistoryAsync());
    }

    [Fact]
    public async Task HealthKit_ExportThenImport_RestoresTheMappedFieldsOfAnEntry()
    {
        var entry = new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = Felt,
            LoggedAt = Felt.AddHours(3),
            WhatHappened = "In the meeting my part was not mentioned.",
            Emotions = [new EmotionRating { Emotion = "afraid", IntensityBefore = 60, IntensityAfter = 30 }],
            Valence = -0.4,
            LifeAreas = [LifeArea.Work],
        };
        var noValence = entry with { Id = JournalEntryId.New(), Valence = null };
        await SeedAsync(entry, noValence);
        var exportFile = _journal.File("moods.json");

        var exported = await _journal.RunAsync("export", "--format", "healthkit", "--out", exportFile);
        Assert.True(exported.ExitCode == ExitCodes.Success, exported.Error);
        Assert.Contains("1 entry without a valence left out", exported.Error, StringComparison.Ordinal);
        var sample = JsonNode.Parse(File.ReadAllText(exportFile))!["samples"]![0]!;
        Assert.Equal("scared", (string?)sample["labels"]![0]);

        // Edit the mood in the journal, then bring the exported one back.
        var deleted = await _journal.RunAsync("journal", "delete", entry.Id.ToString(), "--yes");
        Assert.True(deleted.ExitCode == ExitCodes.Success, deleted.Error);
        var imported = await _journal.RunAsync("import", "--format", "healthkit", exportFile);

        Assert.True(imported.ExitCode == ExitCodes.Success, imported.Error);
        Assert.Contains("1 added, 0 updated", imported.Flat, StringComparison.Ordinal);
        var back = (await ExportedEntriesAsync()).Single(e => e.Id == entry.Id);
        Assert.Equal(entry.Valence, back.Valence);
        Assert.Equal(entry.Emotions, back.Emotions);
        Assert.Equal(entry.LifeAreas, back.LifeAreas);
        Assert.Equal(entry.FeltAt, back.FeltAt);
    }

    [Fact]
    public async Task ImportHealthKit_UpdatesAnEntryThatIsStillThere()
    {
        var entry = new JournalEntry { Id = JournalEntryId.New(), FeltAt = Felt, LoggedAt = Felt, WhatHappened = "A quiet evening.", Valence = 0.5 };
        await SeedAsync(entry);
        var exportFile = _journal.File("moods.json");
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("export", "--format", "healthkit", "--out", exportFile)).ExitCode);
        File.WriteAllText(exportFile, File.ReadAllText(exportFile).Replace("\"valence\": 0.5", "\"valence\": 0.8", StringComparison.Ordinal));

        var imported = await _journal.RunAsync("import", "--format", "healthkit", exportFile);

        Assert.Contains("0 added, 1 updated", imported.Flat, StringComparison.Ordinal);
        var back = Assert.Single(await ExportedEntriesAsync());
        Assert.Equal(0.8, back.Valence);
        Assert.Equal("A quiet evening.", back.WhatHappened.Reveal());
    }

    [Fact]
    public async Task ImportHealthKit_RefusesADocumentOfANewerFormat()
    {
        var file = _journal.File("newer.json");
        File.WriteAllText(file, """{ "formatVersion": 9, "exportedAt": "2026-11-28T10:00:00+00:00", "samples": [] }""");

        var result = await _journal.RunAsync("import", "--format", "healthkit", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("newer library", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("journal")]
    [InlineData("all")]
    public async Task ImportHealthKit_OfAnotherKindOfExport_IsRefusedNotReadAsEmpty(string kind)
    {
        await CliRun.RunAsync(["journal", "add", "--happened", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "A quiet evening.");
        var file = _journal.File("other.json");
        var exported = kind == "journal"
            ? await _journal.RunAsync("journal", "export", file)
            : await _journal.RunAsync("export", "--format", "all", "--out", file);
        Assert.Equal(ExitCodes.Success, exported.ExitCode);

        var result = await _journal.RunAsync("import", "--format", "healthkit", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("other.json is not a state-of-mind export this version can read: This is not a state-of-mind export: it has no 'samples' array.", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task ImportHealthKit_WithoutItsTime_NamesTheMemberNotADotNetType()
    {
        var file = _journal.File("bare.json");
        File.WriteAllText(file, "{}");

        var result = await _journal.RunAsync("import", "--format", "healthkit", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Missing required members: 'exportedAt' (line 1, byte", result.Error);
        Assert.DoesNotContain("Empathy.", result.Error);
    }

    [Fact]
    public async Task Export_WithAnUnknownFormat_IsBadInput()
    {
        var result = await _journal.RunAsync("export", "--format", "csv");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
    }

    private static ExerciseResponse ArchaeologistAnswers() => new ArchaeologistJournalResponse
    {
        WhatHappened = "The call ended early.",
        AutomaticThoughts = "They are tired of me.",
        Emotion = ["anxious", "sad"],
        Intensity = 70,
    }.ToResponse();

    private string WriteResponse(ExerciseResponse response)
    {
        var file = _journal.File("response.json");
        File.WriteAllText(file, new FhirExerciseMapper().ToQuestionnaireResponseJson(EmpathyPack.Pack, response, Felt));
        return file;
    }

    private async Task SeedAsync(params JournalEntry[] entries)
    {
        var file = _journal.File("seed.json");
        await using (var stream = File.Create(file))
        {
            await JournalExportJson.SerializeAsync(stream, new JournalExport { ExportedAt = Felt, Entries = entries });
        }

        var result = await _journal.RunAsync("journal", "import", file);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
    }

    private async Task<IReadOnlyList<JsonElement>> HistoryAsync()
    {
        var result = await _journal.RunAsync("exercises", "history", "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private async Task<IReadOnlyList<JournalEntry>> ExportedEntriesAsync()
    {
        var file = _journal.File($"check-{Guid.NewGuid():N}.json");
        var result = await _journal.RunAsync("journal", "export", file);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        await using var stream = File.OpenRead(file);
        return (await JournalExportJson.DeserializeAsync(stream)).Entries;
    }

    [Theory]
    [InlineData("all")]
    [InlineData("fhir")]
    [InlineData("healthkit")]
    public async Task Import_OfAFileItRefuses_WithNoJournalYet_CreatesNoJournal(string format)
    {
        var file = _journal.File("not-an-export.json");
        await File.WriteAllTextAsync(file, "{}");

        var result = await _journal.RunAsync("import", "--format", format, file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("not-an-export.json", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("fhir")]
    [InlineData("healthkit")]
    public async Task Import_OfAFileThatIsNotUtf8_NamesTheFileAndTheByte_AndCreatesNoJournal(string format)
    {
        var file = _journal.File("latin1.json");
        await File.WriteAllBytesAsync(file, [.. "{\"note\": \"caf"u8, 0xE9, .. "\"}"u8]);

        var result = await _journal.RunAsync("import", "--format", format, file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{file} is not UTF-8 text: the byte 0xE9 at line 1, column 14 is not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task ImportFhir_OfAUtf8FileWithAByteOrderMark_IsRead()
    {
        var file = WriteResponse(ArchaeologistAnswers());
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. await File.ReadAllBytesAsync(file)]);

        var result = await _journal.RunAsync("import", "--format", "fhir", file);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Imported 1 exercise response", result.Flat, StringComparison.Ordinal);
    }
}

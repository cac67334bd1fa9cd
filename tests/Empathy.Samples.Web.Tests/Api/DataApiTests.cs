using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

public sealed class DataApiTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public DataApiTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task Export_ThenDeleteAccount_ThenImportIntoANewAccount_GivesTheSameEntriesAndRecordsBack()
    {
        var before = await UserWithDataAsync();
        var exported = await before.Client.GetByteArrayAsync("/api/data/export");
        var original = OwnerDataExportJson.Deserialize(exported);
        Assert.Equal(2, original.Journal.Entries.Count);
        Assert.Single(original.Practice.Relationships);
        Assert.Single(original.Practice.ExerciseResponses);

        Assert.Equal(HttpStatusCode.NoContent, (await before.Client.PostAsJsonAsync("/api/account/delete", new { confirm = true })).StatusCode);
        var after = await ApiUser.RegisterAsync(_app);
        var imported = await after.Client.PostAsync("/api/data/import", new ByteArrayContent(exported) { Headers = { ContentType = new("application/json") } });

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("journalAdded").GetInt32());
        Assert.Equal(2, report.GetProperty("practiceAdded").GetInt32());
        Assert.Equal(0, report.GetProperty("journalAlreadyPresent").GetInt32() + report.GetProperty("practiceAlreadyPresent").GetInt32());
        Assert.Equal(1, report.GetProperty("practiceInDocument").GetProperty(PracticeKinds.Relationships.Name).GetInt32());
        Assert.Contains("Imported 2 journal entries and 2 practice records", report.GetProperty("message").GetString());

        var back = OwnerDataExportJson.Deserialize(await after.Client.GetByteArrayAsync("/api/data/export"));
        Assert.Equal(original.Journal.Entries, back.Journal.Entries);
        Assert.Equal(original.Practice with { ExportedAt = back.Practice.ExportedAt }, back.Practice);
        Assert.Contains("Lunch with Sam", await after.Client.GetStringAsync("/api/journal"));
    }

    [Fact]
    public async Task ImportingTheSameDocumentTwice_AddsNothingTheSecondTime_AndKeepsWhatIsThere()
    {
        var user = await UserWithDataAsync();
        var exported = await user.Client.GetByteArrayAsync("/api/data/export");
        var report = await (await ImportAsync(user, exported)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, report.GetProperty("journalAdded").GetInt32() + report.GetProperty("practiceAdded").GetInt32());
        Assert.Equal(2, report.GetProperty("journalAlreadyPresent").GetInt32());
        Assert.Equal(2, report.GetProperty("practiceAlreadyPresent").GetInt32());
        Assert.Equal(2, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task AnImportedIdThatIsAlreadyThere_KeepsTheVersionAlreadyThere()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await user.WriteAsync("The version written here.");
        var document = Encoding.UTF8.GetString(await user.Client.GetByteArrayAsync("/api/data/export")).Replace("The version written here.", "A different version in the file.");

        var report = await (await ImportAsync(user, Encoding.UTF8.GetBytes(document))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, report.GetProperty("journalAlreadyPresent").GetInt32());
        Assert.Contains("The version written here.", await user.Client.GetStringAsync($"/api/journal/{id}"));
    }

    [Fact]
    public async Task AnotherPerson_GetsOnlyTheirOwnExport_AndAnonymousCallsAre401()
    {
        var alice = await UserWithDataAsync();
        var mallory = await ApiUser.RegisterAsync(_app);

        foreach (var path in new[] { "/api/data/export", "/api/data/export/fhir", "/api/data/export/healthkit", "/Data?handler=Download&format=All" })
        {
            var theirs = await mallory.Client.GetStringAsync(path);
            Assert.DoesNotContain("Lunch with Sam", theirs);
            Assert.DoesNotContain("Taxes are theft", theirs);
        }

        var malloryExport = OwnerDataExportJson.Deserialize(await mallory.Client.GetByteArrayAsync("/api/data/export"));
        Assert.Empty(malloryExport.Journal.Entries);
        Assert.Equal(0, malloryExport.Practice.Count);

        var anonymous = _app.NewClient();
        foreach (var path in new[] { "/api/data/export", "/api/data/export/fhir", "/api/data/export/healthkit" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/data/import", ApiUser.Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Data?handler=Download&format=All")).StatusCode);
        Assert.Contains("Lunch with Sam", await alice.Client.GetStringAsync("/api/data/export"));
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1,\n  \"exportedAt\": \"2026-01-01T00:00:00+00:00\",\n  \"journal\": {", "(line 3, byte 15 of that line)")]
    [InlineData("[1, 2, 3]", "must be a JSON object")]
    [InlineData("{\"formatVersion\": 99, \"exportedAt\": \"2026-01-01T00:00:00+00:00\", \"journal\": {}, \"practice\": {}}", "99")]
    [InlineData("{\"formatVersion\": 1, \"exportedAt\": \"yesterday\", \"journal\": {}, \"practice\": {}}", "'exportedAt'")]
    [InlineData("{\"formatVersion\": 1, \"exportedAt\": \"2026-01-01T00:00:00+00:00\", \"practice\": {}}", "'journal'")]
    public async Task ABadDocument_IsRefusedWithWhatIsWrong_AndChangesNothing(string document, string named)
    {
        var user = await UserWithDataAsync();
        var before = await user.Client.GetByteArrayAsync("/api/data/export");

        var response = await ImportAsync(user, Encoding.UTF8.GetBytes(document));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await Problem.ErrorsAsync(response))["document"]);
        Assert.Contains(named, message);
        Assert.Contains("nothing was imported", message);
        await AssertUnchangedAsync(user, before);
    }

    [Fact]
    public async Task ADocumentWithOneInvalidEntry_NamesTheEntry_AndImportsNoneOfTheOthers()
    {
        var source = await UserWithDataAsync();
        var document = JsonNodeOf(await source.Client.GetByteArrayAsync("/api/data/export"));
        var entries = document["journal"]!["entries"]!.AsArray();
        var badId = (string)entries[1]!["id"]!;
        entries[1]!["feltAt"] = "not a time";
        var target = await ApiUser.RegisterAsync(_app);
        var before = await target.Client.GetByteArrayAsync("/api/data/export");

        var response = await ImportAsync(target, Encoding.UTF8.GetBytes(document.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await Problem.ErrorsAsync(response))["document"]);
        Assert.Contains(badId, message);
        await AssertUnchangedAsync(target, before);
    }

    [Fact]
    public async Task Import_AcceptsOnlyJson_AndAnEmptyBodyIsAFieldError()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await user.Client.PostAsync("/api/data/import", new StringContent("{}", Encoding.UTF8, "text/plain"))).StatusCode);
        var empty = await user.Client.PostAsync("/api/data/import", new ByteArrayContent([]) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty", Assert.Single((await Problem.ErrorsAsync(empty))["document"]));
    }

    [Theory]
    [InlineData("/api/data/export", "application/json", "empathy-data-")]
    [InlineData("/api/data/export/fhir", "application/fhir+json", "empathy-fhir-")]
    [InlineData("/api/data/export/healthkit", "application/json", "empathy-healthkit-")]
    [InlineData("/Data?handler=Download&format=All", "application/json", "empathy-data-")]
    [InlineData("/Data?handler=Download&format=Fhir", "application/fhir+json", "empathy-fhir-")]
    [InlineData("/Data?handler=Download&format=HealthKit", "application/json", "empathy-healthkit-")]
    public async Task Downloads_AreAttachmentsThatNoCacheKeeps(string path, string mediaType, string fileNamePrefix)
    {
        var user = await UserWithDataAsync();

        var response = await user.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.StartsWith(fileNamePrefix, disposition.FileName!.Trim('"'));
        Assert.EndsWith(".json", disposition.FileName.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FhirExport_HoldsTheQuestionnairesAndTheSavedAnswer_AndHealthKitHoldsNoText()
    {
        var user = await UserWithDataAsync();

        var bundle = JsonNodeOf(await user.Client.GetByteArrayAsync("/api/data/export/fhir"));
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        Assert.Equal("Bundle", (string?)bundle["resourceType"]);
        Assert.Contains(resources, r => (string?)r["resourceType"] == "Questionnaire");
        var answer = Assert.Single(resources, r => (string?)r["resourceType"] == "QuestionnaireResponse");
        Assert.Contains("Taxes are theft.", answer.ToJsonString());

        var healthKit = await user.Client.GetStringAsync("/api/data/export/healthkit");
        Assert.DoesNotContain("Lunch with Sam", healthKit);
        Assert.Contains("samples", healthKit);
    }

    private async Task<ApiUser> UserWithDataAsync()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("Lunch with Sam at noon.");
        var second = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "Call with my sister.", thoughts = new[] { "She never listens." }, emotions = new[] { new { emotion = "sadness", before = 60, after = 30 } }, tags = new[] { "family" } });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync("/api/relationships", new { person = "Sam", idealContactDays = 7, maximumGapDays = 21 })).StatusCode);
        var answered = await user.Client.PostAsJsonAsync("/api/exercises/listening/three-second-pause/responses", new { answers = new Dictionary<string, object> { ["opinion"] = "Taxes are theft.", ["urge"] = 7 } });
        Assert.True(answered.IsSuccessStatusCode, await answered.Content.ReadAsStringAsync());
        return user;
    }

    private static Task<HttpResponseMessage> ImportAsync(ApiUser user, byte[] document) =>
        user.Client.PostAsync("/api/data/import", new ByteArrayContent(document) { Headers = { ContentType = new("application/json") } });

    private static async Task AssertUnchangedAsync(ApiUser user, byte[] before)
    {
        var was = OwnerDataExportJson.Deserialize(before);
        var now = OwnerDataExportJson.Deserialize(await user.Client.GetByteArrayAsync("/api/data/export"));
        Assert.Equal(was.Journal.Entries, now.Journal.Entries);
        Assert.Equal(was.Practice with { ExportedAt = now.Practice.ExportedAt }, now.Practice);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(byte[] json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}

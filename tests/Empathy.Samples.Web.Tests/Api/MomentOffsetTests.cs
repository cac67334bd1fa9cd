using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>A moment in a request body is read only with its offset from UTC, never in the server's time zone.</summary>
public sealed class MomentOffsetTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public MomentOffsetTests(SharedApp shared) => _app = shared.App;

    [Theory]
    [InlineData("2026-11-01T10:00:00")]
    [InlineData("2026-11-01")]
    [InlineData("yesterday")]
    public async Task JournalEntry_WithAFeltAtWithoutItsOffset_IsAValidationProblemNamingTheMember_AndWritesNothing(string feltAt)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json($"{{\"happened\":\"It rained.\",\"feltAt\":\"{feltAt}\"}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await Problem.ErrorsAsync(response))["feltAt"]);
        Assert.Contains("offset from UTC", message, StringComparison.Ordinal);
        Assert.Contains("+01:00", message, StringComparison.Ordinal);
        Assert.Contains("Z", message, StringComparison.Ordinal);
        Assert.DoesNotContain("DateTimeOffset", message, StringComparison.Ordinal);
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("2026-11-01T10:00:00+01:00", "2026-11-01T09:00:00Z")]
    [InlineData("2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z")]
    public async Task JournalEntry_WithAFeltAtWithItsOffset_KeepsThatMoment(string feltAt, string utc)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json($"{{\"happened\":\"It rained.\",\"feltAt\":\"{feltAt}\"}}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var entry = await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}");
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), entry.GetProperty("feltAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task JournalUpdate_WithAFeltAtWithoutItsOffset_IsRefused_AndTheEntryKeepsItsMoment()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await user.WriteAsync("It rained.");
        var before = (await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("feltAt").GetString();

        var response = await user.Client.PutAsync($"/api/journal/{id}", ApiUser.Json("{\"happened\":\"It poured.\",\"feltAt\":\"2026-11-01T10:00:00\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("feltAt", (await Problem.ErrorsAsync(response)).Keys);
        var after = await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}");
        Assert.Equal(before, after.GetProperty("feltAt").GetString());
        Assert.Equal("It rained.", after.GetProperty("happened").GetString());
    }

    [Fact]
    public async Task AContact_WithAnAtWithoutItsOffset_IsAValidationProblemNamingTheMember()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var response = await user.Client.PostAsync($"/api/relationships/{id}/interactions", ApiUser.Json("{\"kind\":\"call\",\"proximity\":60,\"at\":\"2026-11-01T10:00:00\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at", (await Problem.ErrorsAsync(response)).Keys);
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task ARule_WithADeadlineWithoutItsOffset_IsAValidationProblemNamingTheMember()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync("/api/boundaries/rules", ApiUser.Json("{\"behaviour\":\"interrupts me\",\"consequence\":\"I stop\",\"deadline\":\"2026-12-31T00:00:00\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deadline", (await Problem.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesAMomentAsADateTimeWithItsOffset()
    {
        var document = await _app.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var feltAt = document.GetProperty("components").GetProperty("schemas").GetProperty("JournalEntryDraft").GetProperty("properties").GetProperty("feltAt");
        Assert.Equal("date-time", feltAt.GetProperty("format").GetString());
        Assert.Contains("offset", feltAt.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RelationshipResponse", "lastContactAt")]
    [InlineData("TankPoint", "at")]
    [InlineData("ExitResponse", "drainingSince")]
    public async Task TheOpenApiDocument_ForAMomentTheSiteSends_SaysTheRefusalIsOfRequestsOnly(string schema, string member)
    {
        var document = await _app.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var description = document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(member).GetProperty("description").GetString();
        Assert.DoesNotContain("; one without the offset is refused", description, StringComparison.Ordinal);
        Assert.Contains("In a request", description, StringComparison.Ordinal);
        Assert.Contains("in an answer it is always given", description, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>The OpenAPI document says what the endpoints answer, errors included; and every problem document says something beyond its status's name.</summary>
public sealed class OpenApiDocumentTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public OpenApiDocumentTests(SharedApp shared) => _app = shared.App;

    [Theory]
    [InlineData("/api/data/export", "application/json")]
    [InlineData("/api/data/export/fhir", "application/fhir+json")]
    [InlineData("/api/data/export/healthkit", "application/json")]
    public async Task AnExport_IsDocumentedAsTheJsonObjectItSends_NotAsTheFrameworksFileResult(string path, string mediaType)
    {
        var document = await DocumentAsync();

        var content = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        var schema = content.GetProperty(mediaType).GetProperty("schema").GetProperty("$ref").GetString();
        Assert.Equal("#/components/schemas/JsonObject", schema);
        Assert.False(document.GetProperty("components").GetProperty("schemas").TryGetProperty("FileContentHttpResult", out _));

        var user = await ApiUser.RegisterAsync(_app);
        var download = await user.Client.GetAsync(path);
        Assert.Equal(mediaType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Object, (await download.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }

    [Fact]
    public async Task EveryErrorResponse_IsDocumentedAsAProblemDocument()
    {
        var bodiless = new List<string>();
        foreach (var (path, method, status, response) in ResponsesOf(await DocumentAsync()))
        {
            if (status >= 400 && !(response.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _)))
            {
                bodiless.Add($"{method} {path} {status}");
            }
        }

        Assert.Empty(bodiless);
    }

    [Fact]
    public async Task EndpointsThatNeedASignedInPerson_Document401_AndAnswerIt()
    {
        var document = await DocumentAsync();
        var anonymous = _app.NewClient();
        var checkedGets = 0;
        foreach (var (path, method, _, _) in ResponsesOf(document).Where(r => r.Status == 401).Distinct())
        {
            if (method == "get" && !path.Contains('{', StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
                checkedGets++;
            }
        }

        Assert.True(checkedGets >= 5, $"Only {checkedGets} signed-in GET endpoints were found documenting 401.");
        Assert.DoesNotContain(ResponsesOf(document), r => r.Path == "/api/ping" && r.Status == 401);
        Assert.Contains(ResponsesOf(document), r => r.Path == "/api/account/login" && r.Status == 401);
        Assert.Contains(ResponsesOf(document), r => r.Path == "/api/account/login" && r.Status == 429);
    }

    [Fact]
    public async Task BareStatuses_CarryADetailSayingWhatToDo()
    {
        var anonymous = await Problem.ReadAsync(await _app.NewClient().GetAsync("/api/journal"));
        Assert.Contains("Sign in first (POST /api/account/login", anonymous.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var user = await ApiUser.RegisterAsync(_app);
        var missing = await Problem.ReadAsync(await user.Client.GetAsync($"/api/journal/{Guid.NewGuid()}"));
        Assert.Equal("There is nothing at this address, or what it names does not exist or is not yours.", missing.GetProperty("detail").GetString());

        var wrongMethod = await Problem.ReadAsync(await user.Client.PatchAsync("/api/journal", ApiUser.Json("{}")));
        Assert.Equal(405, wrongMethod.GetProperty("status").GetInt32());
        Assert.StartsWith("This address does not take PATCH requests", wrongMethod.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> DocumentAsync() =>
        await _app.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static IEnumerable<(string Path, string Method, int Status, JsonElement Response)> ResponsesOf(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        from response in operation.Value.GetProperty("responses").EnumerateObject()
        select (path.Name, operation.Name, int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), response.Value);
}

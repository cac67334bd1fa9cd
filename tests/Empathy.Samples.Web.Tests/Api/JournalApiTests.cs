using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

public sealed class JournalApiTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public JournalApiTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task List_ByATagTooLong_IsATagFieldError()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.GetAsync($"/api/journal?tag={new string('t', 101)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("tag must be at most 100 characters.", errors.GetProperty("tag")[0].GetString());
        Assert.False(errors.TryGetProperty("continuation", out _));
    }

    [Fact]
    public async Task List_ByATagOfTheLongestLength_IsAnswered()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.GetAsync($"/api/journal?tag={new string('t', 100)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Entry_WrittenReadUpdatedAndDeleted_RoundTripsEveryLayer()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var create = await user.Client.PostAsJsonAsync("/api/journal", new
        {
            happened = "In the afternoon meeting the boss summarised and did not mention my part.",
            thoughts = new[] { "He's unhappy with me.", "I'll be fired." },
            body = "stomach clenched\nheart racing",
            did = "Shopped online all afternoon.",
            emotions = new[] { new { emotion = "fear", before = 80, after = 40 } },
            tags = new[] { "Work" },
        });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal($"/api/journal/{id}", create.Headers.Location?.OriginalString);

        var entry = await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}");
        Assert.Equal("In the afternoon meeting the boss summarised and did not mention my part.", entry.GetProperty("happened").GetString());
        Assert.Equal(["He's unhappy with me.", "I'll be fired."], entry.GetProperty("thoughts").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(["stomach clenched", "heart racing"], entry.GetProperty("body").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(40, entry.GetProperty("emotions")[0].GetProperty("after").GetInt32());
        Assert.Equal("work", entry.GetProperty("tags")[0].GetString());

        var update = await user.Client.PutAsJsonAsync($"/api/journal/{id}", new { happened = "The boss listed the results.", thoughts = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("The boss listed the results.", (await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/journal/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/journal/{id}")).StatusCode);
    }

    [Fact]
    public async Task List_PagesNewestFirst_WithAContinuation()
    {
        var user = await ApiUser.RegisterAsync(_app);
        for (var i = 0; i < 5; i++)
        {
            await user.WriteAsync($"Entry number {i}.");
        }

        var first = await user.Client.GetFromJsonAsync<JsonElement>("/api/journal?pageSize=3");
        Assert.Equal(3, first.GetProperty("entries").GetArrayLength());
        var continuation = first.GetProperty("continuation").GetString();
        Assert.NotNull(continuation);
        var second = await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal?pageSize=3&continuation={Uri.EscapeDataString(continuation)}");
        Assert.Equal(2, second.GetProperty("entries").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("continuation").ValueKind);
    }

    [Fact]
    public async Task Create_WithoutWhatHappened_IsAValidationProblemNamingTheField()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "  ", thoughts = new[] { "x" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("happened", (await Problem.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Create_WithAnIntensityOffTheScale_IsAValidationProblem()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "It rained.", emotions = new[] { new { emotion = "fear", before = 101 } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("emotions[0].emotion", (await Problem.ErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("{\"happened\": \"x\",\n \"whatHappened\": \"y\"}", "There is no member 'whatHappened' in this place, at $.whatHappened", "(line 2, byte 17 of that line)")]
    [InlineData("{\"happened\": 42}", "A value here is not of the type or format expected, at $.happened", "(line 1, byte 16 of that line)")]
    [InlineData("{\"happened\": ", "(line 1, byte 14 of that line)", "The JSON body is not what this endpoint reads")]
    public async Task Create_WithMalformedJson_SaysWhatIsWrongAndWhere(string json, string what, string where)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json(json));

        var detail = (await Problem.ReadAsync(response)).GetProperty("detail").GetString();
        Assert.Contains(what, detail, StringComparison.Ordinal);
        Assert.Contains(where, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Empathy.Samples", detail, StringComparison.Ordinal);
        // The client's mistake is answered, not logged as the site's own error.
        Assert.DoesNotContain(_app.Logs, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("BadHttpRequestException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_WithoutABody_SaysItNeedsOne()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json(""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This endpoint reads a JSON body, and the request has none.", (await Problem.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task List_WithAPageSizeThatIsNotANumber_SaysWhichValue()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.GetAsync("/api/journal?pageSize=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'abc' is not a valid pageSize.", (await Problem.ReadAsync(response)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"happened\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"happened\": 42}")]
    [InlineData("{\"happened\": \"x\", \"unknownField\": 1}")]
    public async Task Create_WithMalformedJson_Is400ProblemAndWritesNothing(string json)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, (await Problem.ReadAsync(response)).GetProperty("status").GetInt32());
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Create_WithABodyOverTheLimit_Is413AndWritesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json(JsonSerializer.Serialize(new { happened = new string('a', 70 * 1024) })));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Problem.ReadAsync(response);
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Create_WithAChunkedBodyOverTheLimit_Is413()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { happened = new string('a', 70 * 1024) }))));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/journal") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await user.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithATextOverTheFieldLimit_IsAValidationProblem()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsJsonAsync("/api/journal", new { happened = new string('a', 9000) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("happened", (await Problem.ErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    public async Task Create_WithAContentTypeOtherThanJson_Is415(string contentType)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var content = new StringContent("{\"happened\":\"It rained.\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var response = await user.Client.PostAsync("/api/journal", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await Problem.ReadAsync(response);
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Thoughts_GivenAsOneString_AreSplitIntoLines()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/api/journal", ApiUser.Json("{\"happened\":\"It rained.\",\"thoughts\":\"one\\ntwo\",\"body\":\"cold\",\"did\":\"stayed in\"}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var entry = await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}");
        Assert.Equal(2, entry.GetProperty("thoughts").GetArrayLength());
    }

    [Fact]
    public async Task Create_NamingAnEmotionTwiceInAnotherCase_IsAFieldErrorOnTheSecond_AndWritesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/journal", new
        {
            happened = "It rained.",
            emotions = new[] { new { emotion = "Joy", before = 40 }, new { emotion = " joy ", before = 60 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Problem.ErrorsAsync(response);
        Assert.Equal(["Emotions 1 and 2 both name 'joy' (letter case aside); rate each emotion once."], errors["emotions[1].emotion"]);
        Assert.False(errors.ContainsKey("emotions[0].emotion"));
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Update_NamingAnEmotionTwice_IsAFieldError_AndKeepsTheSavedEntry()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await user.WriteAsync("The bus was late.");

        var response = await user.Client.PutAsJsonAsync($"/api/journal/{id}", new
        {
            happened = "The bus was late again.",
            emotions = new[] { new { emotion = "anger", before = 40 }, new { emotion = "fear", before = 10 }, new { emotion = "ANGER", before = 60 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Emotions 1 and 3 both name 'ANGER' (letter case aside); rate each emotion once."], (await Problem.ErrorsAsync(response))["emotions[2].emotion"]);
        Assert.Equal("The bus was late.", (await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());
    }

    [Fact]
    public async Task Create_WithAnEmotionNameOfTheLibrarysLongestLength_KeepsItTrimmed()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var name = new string('e', Empathy.Core.Journal.EmotionRating.MaxEmotionLength);

        var response = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "It rained.", emotions = new[] { new { emotion = $"  {name}  ", before = 50 } } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(name, (await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("emotions")[0].GetProperty("emotion").GetString());
    }

    [Fact]
    public async Task Create_WithAnEmotionNameOneOverTheLibrarysLimit_NamesTheLimitAndTheLength()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "It rained.", emotions = new[] { new { emotion = new string('e', 101), before = 50 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["An emotion's name is at most 100 characters; this one has 101."], (await Problem.ErrorsAsync(response))["emotions[0].emotion"]);
    }

    [Fact]
    public async Task Create_WithATagOfTheLibrarysLongestLength_IsKept_AndOneOverIsAFieldError()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('t', Empathy.Core.Journal.JournalEntry.MaxTagLength);

        var kept = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "It rained.", tags = new[] { longest } });
        var refused = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "It rained.", tags = new[] { longest + "t" } });

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([$"A tag is at most 100 characters; '{longest[..16]}…' has 101."], (await Problem.ErrorsAsync(refused))["tags"]);
    }

    [Fact]
    public async Task Create_WithTheSameTagInSeveralCases_KeepsItOnceLowerCased()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "It rained.", tags = new[] { "Work", " work ", "WORK", "home" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var tags = (await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("tags");
        Assert.Equal(["work", "home"], tags.EnumerateArray().Select(t => t.GetString()!).ToArray());
    }

    [Fact]
    public async Task Create_WithControlCharactersInNamesAndTags_IsAnswered_NotAFailure()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/journal", new
        {
            happened = "It\u0000 rained.",
            emotions = new[] { new { emotion = "fe\u0000ar\u001b", before = 50 } },
            tags = new[] { "wo\u0007rk" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

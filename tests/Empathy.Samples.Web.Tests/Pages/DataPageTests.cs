using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

public sealed partial class DataPageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public DataPageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task DataPage_OffersTheThreeDownloads_TheImportForm_AndTheWayToDeleteTheAccount()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var page = await user.Client.GetStringAsync("/Data");

        Assert.Matches("<a href=\"/Data\"[^>]*>Data</a>", page); // the nav link
        Assert.Contains("/Data?handler=Download&amp;format=All", page);
        Assert.Contains("/Data?handler=Download&amp;format=Fhir", page);
        Assert.Contains("/Data?handler=Download&amp;format=HealthKit", page);
        Assert.Contains("<label for=\"document\">", page);
        Assert.Contains("enctype=\"multipart/form-data\"", page);
        Assert.Contains("href=\"/Account/Delete\"", page);
        Assert.DoesNotContain("style=", page);
        Assert.DoesNotContain("<script", page);
    }

    [Fact]
    public async Task UploadingAnExport_ReportsWhatWasImported()
    {
        var source = await ApiUser.RegisterAsync(_app);
        await source.WriteAsync("The walk after the argument.");
        await source.WriteAsync("The second walk.");
        var exported = await source.Client.GetByteArrayAsync("/Data?handler=Download&format=All");
        var target = await ApiUser.RegisterAsync(_app);

        var response = await UploadAsync(target, exported);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Imported 2 journal entries and 0 practice records; 0 already there", html);
        Assert.Contains("The walk after the argument.", await target.Client.GetStringAsync("/api/journal"));

        var again = WebUtility.HtmlDecode(await (await UploadAsync(target, exported)).Content.ReadAsStringAsync());
        Assert.Contains("Imported 0 journal entries and 0 practice records; 2 already there (same id) were kept as they were.", again);
    }

    [Fact]
    public async Task UploadingABadFile_SaysWhereItIsWrong_AndImportsNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("Already here.");

        var response = await UploadAsync(user, Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1,\n  \"exportedAt\": oops\n}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("nothing was imported", html);
        Assert.Contains("not valid JSON", html);
        Assert.Contains("(line 3, byte 17 of that line)", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task ImportWithoutAFile_AsksForOne()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var form = await user.Client.GetStringAsync("/Data");
        var response = await user.Client.PostAsync("/Data?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(form) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose the file to import", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportWithoutTheAntiforgeryToken_IsRefused()
    {
        var user = await ApiUser.RegisterAsync(_app);
        using var content = new MultipartFormDataContent { { new ByteArrayContent("{}"u8.ToArray()), "Document", "export.json" } };

        var response = await user.Client.PostAsync("/Data?handler=Import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").EnumerateArray());
    }

    private static async Task<HttpResponseMessage> UploadAsync(ApiUser user, byte[] document)
    {
        var form = await user.Client.GetStringAsync("/Data");
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Token(form)), "__RequestVerificationToken" },
            { file, "Document", "export.json" },
        };
        return await user.Client.PostAsync("/Data?handler=Import", content);
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

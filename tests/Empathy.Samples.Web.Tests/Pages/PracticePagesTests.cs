using System.Net;
using System.Text.RegularExpressions;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>What every practice page shares: signed-in only, semantic markup with labelled fields, antiforgery on every form.</summary>
public sealed partial class PracticePagesTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public PracticePagesTests(SharedApp shared) => _app = shared.App;

    public static TheoryData<string> PagesWithoutIds => ["/Relationships", "/Tank", "/Boundaries", "/Boundaries/Rule", "/Critics"];

    [Theory]
    [MemberData(nameof(PagesWithoutIds))]
    [InlineData("/Relationships/Edit?id=00000000-0000-0000-0000-000000000001")]
    [InlineData("/Boundaries/Exit?id=00000000-0000-0000-0000-000000000001")]
    [InlineData("/Critics/Edit?id=00000000-0000-0000-0000-000000000001")]
    public async Task Anonymous_IsSentToSignIn(string page)
    {
        var response = await _app.NewClient().GetAsync(page);
        Forms.AssertRedirect(response, "http://localhost/Account/Login");
    }

    [Theory]
    [MemberData(nameof(PagesWithoutIds))]
    public async Task SignedIn_RendersOneHeadingAndALabelForEveryField(string page)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSemantic(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PagesWithIds_RenderForTheirOwner_WithLabelledFields()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var relationship = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var critic = await PracticeApi.NameCriticAsync(user, "the heckler", "not good enough");
        foreach (var page in new[] { $"/Relationships/Edit?id={relationship}", $"/Boundaries/Exit?id={relationship}", $"/Critics/Edit?id={critic}" })
        {
            var response = await user.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertSemantic(await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("/Relationships", "/Relationships", "Input.Person=Sam")]
    [InlineData("/Tank", "/Tank?handler=Dive", "Input.PlannedCost=10")]
    [InlineData("/Boundaries", "/Boundaries?handler=Place", "Person=Sam&Zone=Inside")]
    [InlineData("/Boundaries", "/Boundaries?handler=Check", "Behaviour=shouted")]
    [InlineData("/Boundaries/Rule", "/Boundaries/Rule", "Input.Behaviour=you shout&Input.Consequence=I leave")]
    [InlineData("/Critics", "/Critics", "Input.Name=the heckler")]
    public async Task Posting_WithoutTheAntiforgeryToken_Is400_AndSavesNothing(string page, string action, string fields)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var values = fields.Split('&').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        var response = await Forms.PostAsync(user.Client, page, action, values, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("[]", await PracticeApi.RelationshipsJsonAsync(user));
        Assert.Equal("{\"zones\":[],\"rules\":[]}", await user.Client.GetStringAsync("/api/boundaries"));
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/critics"));
        Assert.DoesNotContain("\"isDiving\":true", await user.Client.GetStringAsync("/api/tank"));
    }

    [Fact]
    public async Task Navigation_LinksEveryPracticePage_AndMarksTheCurrentOne()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var html = await user.Client.GetStringAsync("/Boundaries");
        foreach (var link in new[] { "/Relationships", "/Tank", "/Critics" })
        {
            Assert.Contains($"<a href=\"{link}\">", html);
        }

        Assert.Contains("<a href=\"/Boundaries\" aria-current=\"page\">", html);
    }

    // One h1, the landmarks, and a label (by for=id) for every visible input, text area and select.
    internal static void AssertSemantic(string html)
    {
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("<main id=\"main\">", html);
        Assert.Contains("<nav aria-label=\"Main\">", html);
        Assert.DoesNotContain("style=", html);
        foreach (Match field in FieldPattern().Matches(html))
        {
            var tag = field.Value;
            if (tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
            {
                continue;
            }

            var id = IdPattern().Match(tag);
            Assert.True(id.Success, $"A field has no id: {tag}");
            Assert.Contains($"<label for=\"{id.Groups[1].Value}\"", html);
        }
    }

    [GeneratedRegex("<(input|textarea|select)\\b[^>]*>")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdPattern();
}

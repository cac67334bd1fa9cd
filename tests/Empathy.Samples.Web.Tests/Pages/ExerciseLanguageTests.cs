using System.Net;
using Empathy.Core.Components;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises;
using Empathy.Samples.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// A pack text the pack does not translate is shown in English on a Spanish page, and marked so: a screen
/// reader reads each text in the language it is written in.
/// </summary>
public sealed class ExerciseLanguageTests
{
    private const string Run = "/Exercises/Run?pack=half-translated&id=notice&culture=es";

    // Title and prompt translated; summary and hint left in the base language.
    private static readonly ExercisePack HalfTranslated = new()
    {
        Name = "half-translated",
        Title = new LocalizedText("Half translated", [new("es", "A medio traducir")]),
        Cultures = ["es"],
        Exercises =
        [
            new ExerciseDefinition
            {
                PackName = "half-translated",
                Id = "notice",
                Title = new LocalizedText("Notice one thing", [new("es", "Nota una cosa")]),
                Summary = new LocalizedText("Write down one thing you saw today."),
                Components = [EmpathyComponent.Cognitive],
                Steps =
                [
                    new TextStep { Id = "what", Prompt = new LocalizedText("What did you see?", [new("es", "¿Qué viste?")]), Hint = new LocalizedText("One sentence is enough.") },
                    new ChoiceStep { Id = "felt", Prompt = new LocalizedText("How was it?"), Options = [new ChoiceOption("calm", new LocalizedText("calm", [new("es", "tranquilo")]))] },
                ],
            },
        ],
    };

    [Fact]
    public async Task ExercisePage_MarksEachPackTextWithTheLanguageItIsShownIn()
    {
        using var app = new WebAppFactory(services: services => services.AddExercisePack(HalfTranslated));
        var user = await ApiUser.RegisterAsync(app);

        var page = WebUtility.HtmlDecode(await user.Client.GetStringAsync(Run));

        Assert.Contains("<div lang=\"es\">", page); // the page's own words: "Guardar respuestas"
        Assert.Contains("Guardar respuestas", page);
        Assert.Contains("<h1 lang=\"es\">Nota una cosa</h1>", page);
        Assert.Contains("<p lang=\"en\">Write down one thing you saw today.</p>", page);
        Assert.Contains("<span lang=\"es\">¿Qué viste?</span>", page);
        Assert.Contains("lang=\"en\">One sentence is enough.</p>", page);
        Assert.Contains("<span lang=\"en\">How was it?</span>", page);
        Assert.Contains("lang=\"es\">tranquilo</label>", page);
    }

    [Fact]
    public async Task ExerciseList_MarksEachTitleAndSummaryWithItsLanguage()
    {
        using var app = new WebAppFactory(services: services => services.AddExercisePack(HalfTranslated));
        var user = await ApiUser.RegisterAsync(app);

        var spanish = WebUtility.HtmlDecode(await user.Client.GetStringAsync("/Exercises?culture=es"));
        var english = WebUtility.HtmlDecode(await user.Client.GetStringAsync("/Exercises?culture=en"));

        Assert.Contains("lang=\"es\">Nota una cosa</a>", spanish);
        Assert.Contains("<p lang=\"en\">Write down one thing you saw today.</p>", spanish);
        Assert.Contains("lang=\"en\">Notice one thing</a>", english);
    }
}

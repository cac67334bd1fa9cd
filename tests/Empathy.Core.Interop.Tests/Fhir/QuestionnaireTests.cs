using Empathy.Core.Exercises;
using Empathy.Core.Interop.Fhir;
using Hl7.Fhir.Model;

namespace Empathy.Core.Interop.Tests.Fhir;

public class QuestionnaireTests
{
    private readonly FhirExerciseMapper _mapper = new(new FhirOptions { CanonicalBase = "https://fhir.example.org/empathy" });

    [Theory]
    [MemberData(nameof(Packs.BuiltInExerciseIds), MemberType = typeof(Packs))]
    public void EveryBuiltInExercise_IsAQuestionnaireFirelyAccepts(string exerciseId)
    {
        var exercise = Packs.Exercise(exerciseId);

        var questionnaire = FirelyValidator.ParseQuestionnaire(_mapper.ToQuestionnaireJson(Packs.BuiltIn, exercise));

        Assert.Equal($"https://fhir.example.org/empathy/Questionnaire/empathy/{exerciseId}", questionnaire.Url);
        Assert.Equal(Packs.BuiltIn.Version, questionnaire.Version);
        Assert.Equal(PublicationStatus.Active, questionnaire.Status);
        Assert.Equal("en", questionnaire.Language);
        Assert.Equal(exercise.Title.Invariant, questionnaire.Title);
        Assert.Equal(exercise.Summary.Invariant, questionnaire.Description);
        var stepItems = questionnaire.Item.Where(i => !i.LinkId!.Contains('/')).ToList();
        Assert.Equal(exercise.Steps.Select(s => s.Id), stepItems.Select(i => i.LinkId));
        foreach (var (step, item) in exercise.Steps.Zip(stepItems))
        {
            Assert.Equal(ExpectedType(step), item.Type);
            Assert.Equal(step.Prompt.Invariant, item.Text);
            Assert.Equal(step is AnswerableStep { Required: true } ? true : null, item.Required);
        }
    }

    [Fact]
    public void ScaleStep_IsAnIntegerItemWithTheStandardMinAndMaxValueExtensions()
    {
        var item = Item("archaeologist-journal", "intensity");

        Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, item.Type);
        Assert.Equal(0, ValueOf<Integer>(item, "http://hl7.org/fhir/StructureDefinition/minValue").Value);
        Assert.Equal(100, ValueOf<Integer>(item, "http://hl7.org/fhir/StructureDefinition/maxValue").Value);
    }

    [Fact]
    public void MultipleChoiceStep_IsARepeatingChoiceWithOneAnswerOptionPerOption()
    {
        var step = (ChoiceStep)Packs.Exercise("archaeologist-journal").FindStep("emotion")!;
        var item = Item("archaeologist-journal", "emotion");

        Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, item.Type);
        Assert.True(item.Repeats);
        Assert.Equal(step.Options.Select(o => o.Value), item.AnswerOption.Select(o => ((Coding)o.Value).Code));
        Assert.All(item.AnswerOption, o => Assert.Equal("https://fhir.example.org/empathy/Questionnaire/empathy/archaeologist-journal/emotion", ((Coding)o.Value).System));
    }

    [Fact]
    public void SingleChoiceStep_DoesNotRepeat()
    {
        var exercise = Packs.BuiltIn.Exercises.First(e => e.Steps.OfType<ChoiceStep>().Any(c => !c.Multiple));
        var step = exercise.Steps.OfType<ChoiceStep>().First(c => !c.Multiple);

        var item = Item(exercise.Id, step.Id);

        Assert.Null(item.Repeats);
        Assert.Equal(step.Options.Count, item.AnswerOption.Count);
    }

    [Fact]
    public void TimerStep_IsADisplayItemCarryingItsDurationInSeconds()
    {
        var exercise = Packs.Exercise("pause-three-seconds");
        var timer = exercise.Steps.OfType<TimerStep>().Single();

        var item = Item(exercise.Id, timer.Id);

        Assert.Equal(Questionnaire.QuestionnaireItemType.Display, item.Type);
        var duration = ValueOf<Duration>(item, "https://fhir.example.org/empathy/StructureDefinition/timer-duration");
        Assert.Equal(timer.Seconds, duration.Value);
        Assert.Equal("s", duration.Code);
        Assert.Equal("http://unitsofmeasure.org", duration.System);
    }

    [Fact]
    public void OtherCultures_BecomeTranslationExtensionsOnTheText()
    {
        var exercise = Packs.Exercise("archaeologist-journal");
        var questionnaire = Parse(exercise.Id);

        Assert.Equal(exercise.Title.Translations["es"], Translation(questionnaire.TitleElement, "es"));
        var item = questionnaire.Item.Single(i => i.LinkId == "what-happened");
        Assert.Equal(exercise.FindStep("what-happened")!.Prompt.Translations["es"], Translation(item.TextElement, "es"));
        var option = (Coding)questionnaire.Item.Single(i => i.LinkId == "emotion").AnswerOption[0].Value;
        var label = ((ChoiceStep)exercise.FindStep("emotion")!).Options[0].Label;
        Assert.Equal(label.Translations["es"], Translation(option.DisplayElement, "es"));
    }

    [Fact]
    public void QuestionHint_IsAFlyoverChild_AndCautionLeadsTheItems()
    {
        var exercise = Packs.Exercise("archaeologist-journal");
        var questionnaire = Parse(exercise.Id);

        var hint = questionnaire.Item.Single(i => i.LinkId == "what-happened").Item.Single();
        Assert.Equal("what-happened/hint", hint.LinkId);
        Assert.Equal(exercise.FindStep("what-happened")!.Hint!.Invariant, hint.Text);
        var control = ValueOf<CodeableConcept>(hint, "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl");
        Assert.Equal("flyover", control.Coding.Single().Code);
        Assert.Equal("archaeologist-journal/caution", questionnaire.Item[0].LinkId);
        Assert.Equal(exercise.Caution!.Invariant, questionnaire.Item[0].Text);
    }

    [Fact]
    public void ExerciseOfAnotherPack_IsRefused()
    {
        var stranger = new ExerciseDefinition
        {
            PackName = "other",
            Id = "archaeologist-journal",
            Title = new LocalizedText("T"),
            Summary = new LocalizedText("S"),
            Components = [Components.EmpathyComponent.Cognitive],
            Steps = [new InfoStep { Id = "read", Prompt = new LocalizedText("Read.") }],
        };

        var error = Assert.Throws<ArgumentException>(() => _mapper.ToQuestionnaireJson(Packs.BuiltIn, stranger));
        Assert.Contains("other/archaeologist-journal", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://fhir.example.org")]
    [InlineData("https://fhir.example.org/")]
    [InlineData("https://fhir.example.org?x=1")]
    [InlineData("fhir.example.org")]
    public void CanonicalBase_MustBeAnAbsoluteHttpUrlWithoutTrailingParts(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new FhirOptions { CanonicalBase = value });
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    private Questionnaire Parse(string exerciseId) =>
        FirelyValidator.ParseQuestionnaire(_mapper.ToQuestionnaireJson(Packs.BuiltIn, Packs.Exercise(exerciseId)));

    private Questionnaire.ItemComponent Item(string exerciseId, string linkId) =>
        Parse(exerciseId).Item.Single(i => i.LinkId == linkId);

    private static string? Translation(Element? element, string language) =>
        Assert.IsAssignableFrom<Element>(element).Extension
            .Where(e => e.Url == "http://hl7.org/fhir/StructureDefinition/translation")
            .Where(e => ValueOf<Code>(e, "lang").Value == language)
            .Select(e => ValueOf<FhirString>(e, "content").Value)
            .SingleOrDefault();

    private static T ValueOf<T>(Element element, string url)
        where T : DataType => Assert.IsType<T>(element.GetExtension(url)?.Value);

    private static Questionnaire.QuestionnaireItemType ExpectedType(ExerciseStep step) => step.Kind switch
    {
        ExerciseStepKind.Text => Questionnaire.QuestionnaireItemType.Text,
        ExerciseStepKind.Choice => Questionnaire.QuestionnaireItemType.Choice,
        ExerciseStepKind.Scale => Questionnaire.QuestionnaireItemType.Integer,
        _ => Questionnaire.QuestionnaireItemType.Display,
    };
}

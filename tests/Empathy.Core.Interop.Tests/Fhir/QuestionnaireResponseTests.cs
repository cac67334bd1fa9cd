using System.Text.Json.Nodes;
using Empathy.Core.Exercises;
using Empathy.Core.Interop.Fhir;
using Hl7.Fhir.Model;

namespace Empathy.Core.Interop.Tests.Fhir;

public class QuestionnaireResponseTests
{
    private readonly FhirExerciseMapper _mapper = new(new FhirOptions { CanonicalBase = "https://fhir.example.org/empathy" });

    [Theory]
    [MemberData(nameof(Packs.BuiltInExerciseIds), MemberType = typeof(Packs))]
    public void ResponseToEveryBuiltInExercise_IsAValidQuestionnaireResponseThatReferencesItsQuestionnaire(string exerciseId)
    {
        var exercise = Packs.Exercise(exerciseId);
        var questionnaire = FirelyValidator.ParseQuestionnaire(_mapper.ToQuestionnaireJson(Packs.BuiltIn, exercise));

        var response = FirelyValidator.ParseResponse(_mapper.ToQuestionnaireResponseJson(Packs.BuiltIn, SampleResponses.Full(exercise), SampleResponses.Authored));

        Assert.Equal($"{questionnaire.Url}|{questionnaire.Version}", response.Questionnaire);
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, response.Status);
        Assert.Equal("2026-11-30T21:15:07.25+01:00", response.Authored);
        foreach (var item in response.Item)
        {
            var question = questionnaire.Item.Single(q => q.LinkId == item.LinkId);
            Assert.NotEmpty(item.Answer);
            Assert.All(item.Answer, answer => Assert.IsType(ExpectedValueType(question.Type!.Value), answer.Value));
            if (question.Type == Questionnaire.QuestionnaireItemType.Choice)
            {
                Assert.All(item.Answer, a => Assert.Contains(question.AnswerOption, o => ((Coding)o.Value!).Code == ((Coding)a.Value!).Code));
                Assert.True(question.Repeats == true || item.Answer.Count == 1);
            }
        }

        Assert.Equal(exercise.Steps.Count(s => s.IsAnswerable), response.Item.Count);
    }

    [Theory]
    [MemberData(nameof(Packs.BuiltInExerciseIds), MemberType = typeof(Packs))]
    public void RoundTrip_ExerciseResponseToQuestionnaireResponseAndBack_IsEqual(string exerciseId)
    {
        var original = SampleResponses.Full(Packs.Exercise(exerciseId));

        var json = _mapper.ToQuestionnaireResponseJson(Packs.BuiltIn, original, SampleResponses.Authored);
        var read = _mapper.ReadQuestionnaireResponse(json, Packs.BuiltIn);

        Assert.True(read.IsValid, string.Join(" ", read.Problems.Select(p => p.Message)));
        Assert.Equal(original, read.Response);
        Assert.Equal(SampleResponses.Authored, read.Authored);
        Assert.Equal("completed", read.Status);
    }

    [Fact]
    public void RoundTrip_KeepsAPartialResponseWithoutItsOptionalSteps()
    {
        var original = new ExerciseResponse
        {
            PackName = "empathy",
            ExerciseId = "archaeologist-journal",
            Answers = new Dictionary<string, ExerciseAnswer>
            {
                ["what-happened"] = ExerciseAnswer.FromText("The meeting ran late."),
                ["automatic-thoughts"] = ExerciseAnswer.FromText("I'm useless."),
            },
        };

        var read = _mapper.ReadQuestionnaireResponse(_mapper.ToQuestionnaireResponseJson(Packs.BuiltIn, original, SampleResponses.Authored), Packs.BuiltIn);

        Assert.Equal(original, read.GetValidResponse());
    }

    [Fact]
    public void EmptyOptionalTextAnswer_IsWrittenAsNoItem_AsTheDocsSay()
    {
        var original = SampleResponses.Full(Packs.Exercise("archaeologist-journal"));
        var withEmpty = original with { Answers = new Dictionary<string, ExerciseAnswer>(original.Answers) { ["what-i-did"] = ExerciseAnswer.FromText("") } };

        var json = _mapper.ToQuestionnaireResponseJson(Packs.BuiltIn, withEmpty, SampleResponses.Authored);
        var back = _mapper.ReadQuestionnaireResponse(json, Packs.BuiltIn).GetValidResponse();

        Assert.DoesNotContain(FirelyValidator.ParseResponse(json).Item, i => i.LinkId == "what-i-did");
        Assert.False(back.Answers.ContainsKey("what-i-did"));
    }

    [Fact]
    public void InvalidResponse_IsNotWritten()
    {
        var invalid = SampleResponses.Full(Packs.Exercise("archaeologist-journal")) with
        {
            Answers = new Dictionary<string, ExerciseAnswer> { ["intensity"] = ExerciseAnswer.FromNumber(101) },
        };

        var error = Assert.Throws<ArgumentException>(() => _mapper.ToQuestionnaireResponseJson(Packs.BuiltIn, invalid, SampleResponses.Authored));
        Assert.Contains("'intensity'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'what-happened'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedToAWrongType_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => Item(root, "intensity")["answer"] = new JsonArray(new JsonObject { ["valueString"] = "very" }));

        var problem = Assert.Single(Refused(json));
        Assert.Equal("intensity", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.WrongAnswerType, problem.Kind);
        Assert.Contains("linkId 'intensity'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedToAnAnswerTypeWeNeverWrite_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => Item(root, "intensity")["answer"] = new JsonArray(new JsonObject { ["valueDecimal"] = 4.5 }));

        var problem = Assert.Single(Refused(json));
        Assert.Equal("intensity", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.WrongAnswerType, problem.Kind);
        Assert.Contains("valueDecimal", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedToAnUnknownLinkId_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => Item(root, "what-i-did")["linkId"] = "what-i-wished");

        var problem = Assert.Single(Refused(json));
        Assert.Equal("what-i-wished", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.UnknownStep, problem.Kind);
        Assert.Contains("linkId 'what-i-wished'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedToLoseARequiredAnswer_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => root["item"]!.AsArray().Remove(Item(root, "what-happened")));

        var problem = Assert.Single(Refused(json));
        Assert.Equal("what-happened", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.RequiredMissing, problem.Kind);
        Assert.Contains("linkId 'what-happened'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void EditedToAValueOffTheScale_IsRefusedNamingTheLinkId(int value)
    {
        var json = Edit(root => Item(root, "intensity")["answer"] = new JsonArray(new JsonObject { ["valueInteger"] = value }));

        var problem = Assert.Single(Refused(json));
        Assert.Equal("intensity", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.OutOfRange, problem.Kind);
        Assert.Contains("from 0 to 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedToAnOptionNotOffered_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => Item(root, "emotion")["answer"]![0]!["valueCoding"]!["code"] = "elated");

        var problem = Assert.Single(Refused(json));
        Assert.Equal("emotion", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.OptionNotOffered, problem.Kind);
    }

    [Fact]
    public void AnswerToADisplayItem_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => root["item"]!.AsArray().Add(new JsonObject
        {
            ["linkId"] = "before-you-dig",
            ["answer"] = new JsonArray(new JsonObject { ["valueString"] = "ok" }),
        }));

        var problem = Assert.Single(Refused(json));
        Assert.Equal("before-you-dig", problem.StepId);
        Assert.Equal(ExerciseResponseProblemKind.NotAnswerable, problem.Kind);
    }

    [Fact]
    public void RepeatedLinkId_IsRefusedNamingTheLinkId()
    {
        var json = Edit(root => root["item"]!.AsArray().Add(Item(root, "what-i-did").DeepClone()));

        var problem = Assert.Single(Refused(json));
        Assert.Equal("what-i-did", problem.StepId);
        Assert.Contains("more than one item", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceToAnotherVersion_IsRefused()
    {
        var json = Edit(root => root["questionnaire"] = "https://fhir.example.org/empathy/Questionnaire/empathy/archaeologist-journal|0.9.0");

        var problem = Assert.Single(Refused(json));
        Assert.Equal(ExerciseResponseProblemKind.WrongExercise, problem.Kind);
        Assert.Contains("'0.9.0'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceToAnUnknownQuestionnaire_IsRefused()
    {
        var json = Edit(root => root["questionnaire"] = "https://elsewhere.example/Questionnaire/phq-9");

        var result = _mapper.ReadQuestionnaireResponse(json, Packs.BuiltIn);

        Assert.Null(result.Exercise);
        Assert.Equal(ExerciseResponseProblemKind.WrongExercise, Assert.Single(result.Problems).Kind);
        Assert.Throws<FhirFormatException>(() => result.GetValidResponse());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "resourceType": "Questionnaire" }""")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "status": "completed" }""")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "questionnaire": "x", "status": "done" }""")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "questionnaire": "x", "status": "completed", "authored": "2026-11-30T10:00:00" }""")]
    public void UnreadableDocument_IsAFormatError(string json) =>
        Assert.Throws<FhirFormatException>(() => _mapper.ReadQuestionnaireResponse(json, Packs.BuiltIn));

    [Theory]
    [InlineData("Observation", "the document is an Observation.")]
    [InlineData("Questionnaire", "the document is a Questionnaire.")]
    public void AnotherResourceType_IsNamedWithItsArticle(string resourceType, string expected)
    {
        var error = Assert.Throws<FhirFormatException>(() => _mapper.ReadQuestionnaireResponse($$"""{ "resourceType": "{{resourceType}}" }""", Packs.BuiltIn));

        Assert.EndsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<ExerciseResponseProblem> Refused(string json)
    {
        var result = _mapper.ReadQuestionnaireResponse(json, Packs.BuiltIn);
        Assert.False(result.IsValid);
        Assert.Null(result.Response);
        return result.Problems;
    }

    private string Edit(Action<JsonObject> edit)
    {
        var exercise = Packs.Exercise("archaeologist-journal");
        var root = JsonNode.Parse(_mapper.ToQuestionnaireResponseJson(Packs.BuiltIn, SampleResponses.Full(exercise), SampleResponses.Authored))!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Item(JsonObject root, string linkId) =>
        root["item"]!.AsArray().Select(i => i!.AsObject()).Single(i => (string?)i["linkId"] == linkId);

    private static Type ExpectedValueType(Questionnaire.QuestionnaireItemType type) => type switch
    {
        Questionnaire.QuestionnaireItemType.Choice => typeof(Coding),
        Questionnaire.QuestionnaireItemType.Integer => typeof(Integer),
        _ => typeof(FhirString),
    };
}

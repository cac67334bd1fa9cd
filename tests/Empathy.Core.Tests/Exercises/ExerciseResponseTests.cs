using Empathy.Core.Exercises;
using Empathy.Core.Serialization;
using Empathy.Core.Tests.Exercises.Packs;

namespace Empathy.Core.Tests.Exercises;

public class ExerciseResponseTests
{
    private static ListenFirstResponse Valid() => new()
    {
        WhatHappened = "She cancelled dinner for the third time.",
        Felt = ["tired", "angry"],
        FirstReaction = ["listened"],
        Intensity = 6,
    };

    private static IEnumerable<ExerciseResponseProblemKind> Kinds(IEnumerable<ExerciseResponseProblem> problems) => problems.Select(p => p.Kind);

    [Fact]
    public void Validate_CompleteAnswers_HasNoProblems() => Assert.Empty(Valid().Validate());

    [Fact]
    public void Validate_RequiredAnswersMissing_ListsEach()
    {
        var problems = new ListenFirstResponse().Validate();

        Assert.Equal(["what-happened", "intensity"], problems.Select(p => p.StepId));
        Assert.All(problems, p => Assert.Equal(ExerciseResponseProblemKind.RequiredMissing, p.Kind));
    }

    [Fact]
    public void Validate_BlankRequiredText_CountsAsMissing()
    {
        var response = Valid();
        response.WhatHappened = "   ";

        Assert.Equal([ExerciseResponseProblemKind.RequiredMissing], Kinds(response.Validate()));
    }

    [Fact]
    public void Validate_ScaleOutOfRange_IsReported()
    {
        var response = Valid();
        response.Intensity = 11;

        var problem = Assert.Single(response.Validate());
        Assert.Equal((ExerciseResponseProblemKind.OutOfRange, "intensity"), (problem.Kind, problem.StepId));
        Assert.Contains("from 0 to 10", problem.Message);
    }

    [Fact]
    public void Validate_OptionNotOffered_IsReported()
    {
        var response = Valid();
        response.Felt = ["tired", "bored"];

        var problem = Assert.Single(response.Validate());
        Assert.Equal(ExerciseResponseProblemKind.OptionNotOffered, problem.Kind);
        Assert.Contains("'bored'", problem.Message);
    }

    [Fact]
    public void Validate_TwoChoicesOnASingleChoiceStep_IsReported()
    {
        var response = Valid();
        response.FirstReaction = ["listened", "interrupted"];

        Assert.Equal([ExerciseResponseProblemKind.TooManyChoices], Kinds(response.Validate()));
    }

    [Fact]
    public void Validate_GenericAnswersOfTheWrongShapeOrStep_AreReported()
    {
        var response = Valid().ToResponse() with
        {
            Answers = new Dictionary<string, ExerciseAnswer>
            {
                ["what-happened"] = ExerciseAnswer.FromText("x"),
                ["intensity"] = ExerciseAnswer.FromText("high"),
                ["breathe"] = ExerciseAnswer.FromNumber(3),
                ["nope"] = ExerciseAnswer.FromNumber(1),
            },
        };

        Assert.Equal(
            [ExerciseResponseProblemKind.WrongAnswerType, ExerciseResponseProblemKind.NotAnswerable, ExerciseResponseProblemKind.UnknownStep],
            Kinds(response.Validate(KindnessPack.ListenFirst)));
    }

    [Fact]
    public void Validate_AnswerOfTheWrongShape_SaysBothShapesInWords()
    {
        var response = Valid().ToResponse() with
        {
            Answers = new Dictionary<string, ExerciseAnswer> { ["what-happened"] = ExerciseAnswer.FromNumber(3), ["intensity"] = ExerciseAnswer.FromText("high") },
        };

        Assert.Equal(
            ["Step 'what-happened' takes text, but the answer holds a number.", "Step 'intensity' takes a number, but the answer holds text."],
            response.Validate(KindnessPack.ListenFirst).Where(p => p.Kind == ExerciseResponseProblemKind.WrongAnswerType).Select(p => p.Message));
    }

    [Fact]
    public void NumberOf_AStepAnsweredWithText_SaysBothShapesInWords()
    {
        var response = Valid().ToResponse() with { Answers = new Dictionary<string, ExerciseAnswer> { ["intensity"] = ExerciseAnswer.FromText("high") } };

        var error = Assert.Throws<InvalidOperationException>(() => response.NumberOf("intensity"));

        Assert.Equal("The answer to step 'intensity' holds text, not a number.", error.Message);
    }

    [Fact]
    public void Validate_ResponseForAnotherExercise_IsReported()
    {
        var response = Valid().ToResponse() with { ExerciseId = "other" };

        Assert.Equal([ExerciseResponseProblemKind.WrongExercise], Kinds(response.Validate(KindnessPack.ListenFirst)));
    }

    [Fact]
    public void ToResponse_KeysAnswersByStepId_AndLeavesOutUnanswered()
    {
        var generic = new ListenFirstResponse { Intensity = 3 }.ToResponse();

        Assert.Equal(("kindness", "listen-first"), (generic.PackName, generic.ExerciseId));
        Assert.Equal(3, Assert.Single(generic.Answers, a => a.Key == "intensity").Value.Number);
        Assert.Single(generic.Answers);
    }

    [Fact]
    public void FromResponse_ReadsBackWhatToResponseWrote()
    {
        var back = ListenFirstResponse.FromResponse(Valid().ToResponse());

        Assert.Equal(Valid().ToResponse(), back.ToResponse());
        Assert.Equal("She cancelled dinner for the third time.", back.WhatHappened);
        Assert.Equal(["tired", "angry"], back.Felt);
    }

    [Fact]
    public void FromResponse_ForAnotherExercise_Throws()
    {
        var other = Valid().ToResponse() with { PackName = "other" };

        Assert.Throws<ArgumentException>(() => ListenFirstResponse.FromResponse(other));
    }

    [Fact]
    public void FromResponse_WithAnAnswerOfTheWrongShape_Throws()
    {
        var wrong = Valid().ToResponse() with { Answers = new Dictionary<string, ExerciseAnswer> { ["intensity"] = ExerciseAnswer.FromText("x") } };

        Assert.Throws<InvalidOperationException>(() => ListenFirstResponse.FromResponse(wrong));
    }

    [Fact]
    public void Json_WithTheRevealingContext_RoundTrips()
    {
        var json = Valid().ToJson(EmpathyJson.Revealing);

        var back = ListenFirstResponse.FromJson(json, EmpathyJson.Revealing);

        Assert.Equal(Valid().ToResponse(), back.ToResponse());
    }

    [Fact]
    public void Json_ByDefault_RedactsTextAnswers()
    {
        var json = Valid().ToJson();

        Assert.DoesNotContain("cancelled", json);
        Assert.Contains(Empathy.Core.Privacy.SensitiveText.Redacted, json);
        Assert.Contains("\"intensity\":{\"number\":6}", json);
    }

    [Fact]
    public void GenericJson_ThroughTheSerializationExtensions_RoundTripsAndRedactsByDefault()
    {
        var response = Valid().ToResponse();

        var revealed = response.ToJson(EmpathyJson.Revealing);
        var redacted = response.ToJson();

        Assert.Equal(response, ExerciseResponse.FromJson(revealed, EmpathyJson.Revealing));
        Assert.Contains("cancelled", revealed);
        Assert.DoesNotContain("cancelled", redacted);
        Assert.Throws<System.Text.Json.JsonException>(() => ExerciseResponse.FromJson(redacted)); // the redacting context refuses redacted text
        Assert.Throws<System.Text.Json.JsonException>(() => ExerciseResponse.FromJson("null"));
        Assert.Throws<ArgumentNullException>(() => ExerciseResponseJson.ToJson(null!));
    }
}

using System.Text.Json;
using Empathy.Core.Exercises;
using Empathy.Core.Interop.Fhir;
using Hl7.Fhir.Model;

namespace Empathy.Core.Interop.Tests.Fhir;

/// <summary>
/// A pack may offer any non-blank option, but a FHIR code is words joined by single spaces: options a
/// code cannot hold are written percent-encoded, the same in the Questionnaire and the response, and
/// read back as the option they stand for.
/// </summary>
public class OptionCodeTests
{
    private readonly FhirExerciseMapper _mapper = new();

    private static ExercisePack PackOffering(string option) =>
        ExercisePack.Load(
            "{ \"pack\": \"codes\", \"title\": \"Codes\", \"version\": \"1\", \"exercises\": [ { \"id\": \"pick\", \"title\": \"Pick\", \"summary\": \"Pick one.\", \"components\": [\"concern\"],"
            + " \"steps\": [ { \"id\": \"choice\", \"kind\": \"choice\", \"prompt\": \"Which?\", \"options\": [" + JsonSerializer.Serialize(option) + ", \"plain\"] } ] } ] }",
            "codes.exercises.json").EnsureSuccess();

    private static ExerciseResponse Choosing(string option) =>
        new() { PackName = "codes", ExerciseId = "pick", Answers = new Dictionary<string, ExerciseAnswer> { ["choice"] = ExerciseAnswer.FromChoices([option]) } };

    [Theory]
    [InlineData(" tired", "%20tired")]
    [InlineData("tired ", "tired%20")]
    [InlineData("a  b", "a%20%20b")]
    [InlineData("a\tb", "a%09b")]
    [InlineData("first\nsecond", "first%0Asecond")]
    [InlineData("a\u00A0b", "a%C2%A0b")]
    [InlineData("50%", "50%25")]
    [InlineData("a bit sad", "a bit sad")]
    [InlineData("escuché", "escuché")]
    public void Option_IsACodeFirelyAccepts_InTheQuestionnaireAndTheResponse(string option, string code)
    {
        var pack = PackOffering(option);

        var questionnaire = FirelyValidator.ParseQuestionnaire(_mapper.ToQuestionnaireJson(pack, pack.Exercises[0]));
        var response = FirelyValidator.ParseResponse(_mapper.ToQuestionnaireResponseJson(pack, Choosing(option), new DateTimeOffset(2026, 3, 2, 21, 5, 0, TimeSpan.FromHours(1))));

        var offered = (Coding)questionnaire.Item.Single().AnswerOption[0].Value!;
        Assert.Equal(code, offered.Code);
        Assert.Equal(option, offered.Display);
        Assert.Equal(code, ((Coding)response.Item.Single().Answer.Single().Value!).Code);
    }

    [Theory]
    [InlineData(" tired")]
    [InlineData("a  b")]
    [InlineData("first\nsecond")]
    [InlineData("50%")]
    [InlineData("a bit sad")]
    public void ResponseWithAnEncodedOption_ReadsBackAsTheOption(string option)
    {
        var pack = PackOffering(option);
        var json = _mapper.ToQuestionnaireResponseJson(pack, Choosing(option), DateTimeOffset.UnixEpoch);

        var back = _mapper.ReadQuestionnaireResponse(json, pack);

        Assert.Empty(back.Problems);
        Assert.Equal([option], back.Response!.Answers["choice"].Choices);
    }

    [Fact]
    public void CodeNoOptionHas_IsReportedAsNotOffered()
    {
        var pack = PackOffering(" tired");
        var json = _mapper.ToQuestionnaireResponseJson(pack, Choosing(" tired"), DateTimeOffset.UnixEpoch).Replace("%20tired", "%20sleepy", StringComparison.Ordinal);

        var back = _mapper.ReadQuestionnaireResponse(json, pack);

        var problem = Assert.Single(back.Problems);
        Assert.Equal(ExerciseResponseProblemKind.OptionNotOffered, problem.Kind);
        Assert.Null(back.Response);
    }
}

using System.Text;
using Empathy.Core.Exercises;
using Empathy.Core.Generators.Tests.Infrastructure;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// The mistakes a new pack author makes, each fed to the generator and to <see cref="ExercisePack.Load(string, string?)"/>:
/// one error with its id, at the line and column of the mistake, in words that say what to change;
/// never a crash, never generated code, and the same problem from both.
/// </summary>
public class AuthorMistakeTests
{
    private const string Path = "Packs/calm.exercises.json";

    /// <summary>A valid pack, one property or value per line so that a test can name the line of a mistake.</summary>
    internal const string Calm = """
        {
          "pack": "calm",
          "namespace": "Author.Exercises",
          "title": "Calm basics",
          "exercises": [
            {
              "id": "pause-three",
              "title": "Pause three seconds",
              "summary": "Wait before you answer.",
              "components": ["cognitive", "concern"],
              "minutes": 2,
              "steps": [
                { "id": "what-said", "kind": "text", "prompt": "What did they say?", "required": true },
                { "id": "felt", "kind": "choice", "prompt": "How did you feel?", "options": ["annoyed", "curious"] }
              ]
            }
          ]
        }
        """;

    /// <summary>The one problem the generator reports for <paramref name="text"/>, after checking it made no code and that the loader agrees.</summary>
    private static string OnlyProblem(string text)
    {
        var run = GeneratorHarness.Run((Path, text));

        Assert.Null(run.Exception);
        Assert.Empty(run.Sources);
        var fromGenerator = ProblemLines.Of(run);
        Assert.Equal(fromGenerator, ProblemLines.OfLoader([(Path, text)]));
        return Assert.Single(fromGenerator);
    }

    [Fact]
    public void ValidPack_IsAccepted()
    {
        Assert.True(GeneratorHarness.Run((Path, Calm)).Accepted);
        Assert.True(ExercisePack.Load(Calm, Path).Succeeded);
    }

    [Fact]
    public void TrailingCommaAfterTheLastProperty_SaysTrailingCommasAreNotAllowed_AtTheComma()
    {
        var problem = OnlyProblem(Calm.Replace("\"required\": true }", "\"required\": true, }", StringComparison.Ordinal));

        Assert.StartsWith("calm.exercises.json(13,94): error EMP0001: The exercise pack is not valid JSON: a trailing comma is not allowed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingCommaAfterTheLastArrayValue_SaysTrailingCommasAreNotAllowed_AtTheComma()
    {
        var problem = OnlyProblem(Calm.Replace("\"curious\"]", "\"curious\",\n]", StringComparison.Ordinal));

        Assert.StartsWith("calm.exercises.json(14,106): error EMP0001: The exercise pack is not valid JSON: a trailing comma is not allowed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingCommaAfterTheLastExercise_OnItsOwnLine_IsReportedAtTheComma()
    {
        var problem = OnlyProblem(Calm.Replace("    }\n  ]", "    },\n  ]", StringComparison.Ordinal));

        Assert.StartsWith("calm.exercises.json(16,6): error EMP0001: The exercise pack is not valid JSON: a trailing comma is not allowed", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  // the title\n", "'//'")]
    [InlineData("  /* the title */\n", "'/*'")]
    public void Comment_SaysCommentsAreNotAllowed_AtTheComment(string comment, string named)
    {
        var problem = OnlyProblem(Calm.Replace("  \"title\": \"Calm basics\",", comment + "  \"title\": \"Calm basics\",", StringComparison.Ordinal));

        Assert.StartsWith("calm.exercises.json(4,3): error EMP0001: The exercise pack is not valid JSON: comments are not allowed in JSON: remove the " + named + " comment", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CommentAfterTheDocument_SaysCommentsAreNotAllowed()
    {
        var problem = OnlyProblem(Calm + "\n// end\n");

        Assert.StartsWith("calm.exercises.json(19,1): error EMP0001: The exercise pack is not valid JSON: comments are not allowed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAfterTheDocument_IsReportedWhereItStarts()
    {
        var problem = OnlyProblem(Calm + "\n{}\n");

        Assert.StartsWith("calm.exercises.json(19,1): error EMP0001: The exercise pack is not valid JSON: unexpected '{' after the end of the document", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void EmptyFile_SaysTheFileIsEmpty(string text) =>
        Assert.Equal("calm.exercises.json(1,1): error EMP0001: The exercise pack is not valid JSON: the file is empty; its format is described by the JSON schema that the Empathy.Core package carries as schema/exercise-pack.schema.json", OnlyProblem(text));

    [Theory]
    [InlineData("pack: calm\ntitle: Calm basics\n", "unexpected 'p' where a value was expected (names and texts need double quotes)")]
    [InlineData("<html><body>Not Found</body></html>", "unexpected '<' where a value was expected")]
    public void FileThatIsNotJson_SaysWhatWasFoundAtTheStart(string text, string expected) =>
        Assert.StartsWith("calm.exercises.json(1,1): error EMP0001: The exercise pack is not valid JSON: " + expected + ";", OnlyProblem(text), StringComparison.Ordinal);

    [Fact]
    public void SingleQuotedName_SaysDoubleQuotesAreNeeded()
    {
        var problem = OnlyProblem(Calm.Replace("\"pack\": \"calm\"", "'pack': 'calm'", StringComparison.Ordinal));

        Assert.Contains("(2,3): error EMP0001: The exercise pack is not valid JSON: expected a property name in double quotes, found ''' (names and texts need double quotes, not single ones)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NoBreakSpaceBeforeAProperty_IsNamedByItsCode()
    {
        var problem = OnlyProblem(Calm.Replace("\n  \"title\"", "\n\u00A0 \"title\"", StringComparison.Ordinal));

        Assert.Contains("(4,1): error EMP0001: The exercise pack is not valid JSON: expected a property name in double quotes, found character U+00A0 (invisible white space", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledPropertyName_WarnsAtTheTypo_AndReportsTheMissingOne()
    {
        var text = Calm.Replace("\"title\": \"Pause", "\"titel\": \"Pause", StringComparison.Ordinal);
        var run = GeneratorHarness.Run((Path, text));

        Assert.Empty(run.Sources);
        Assert.Equal(
            [
                "calm.exercises.json(6,5): error EMP0002: Exercise 'pause-three' is missing the required property 'title'",
                "calm.exercises.json(8,7): warning EMP0012: 'titel' is not a property of exercise 'pause-three'; it is ignored (allowed here: id, title, summary, components, minutes, caution, steps); did you mean 'title'?",
            ],
            ProblemLines.Of(run));
        Assert.Equal(ProblemLines.Of(run), ProblemLines.OfLoader([(Path, text)]));
    }

    [Theory]
    [InlineData("\"minutes\": 2", "\"minutes\": \"2\"", 11, 18, "'minutes' of exercise 'pause-three' must be a whole number, not a string")]
    [InlineData("\"required\": true", "\"required\": \"yes\"", 13, 90, "'required' of step 'what-said' of exercise 'pause-three' must be true or false, not a string")]
    [InlineData("[\"cognitive\", \"concern\"]", "\"cognitive\"", 10, 21, "'components' of exercise 'pause-three' must be an array, not a string")]
    [InlineData("\"minutes\": 2", "\"minutes\": 2.5", 11, 18, "'minutes' of exercise 'pause-three' must be a whole number, not a number with a fraction or exponent")]
    public void WrongValueType_SaysWhatTheValueMustBe_AtTheValue(string from, string to, int line, int column, string message) =>
        Assert.Equal($"calm.exercises.json({line},{column}): error EMP0003: {message}", OnlyProblem(Calm.Replace(from, to, StringComparison.Ordinal)));

    [Fact]
    public void DuplicateExerciseId_IsReportedAtTheSecondId()
    {
        var exercise = Calm[Calm.IndexOf("    {\n      \"id\"", StringComparison.Ordinal)..Calm.IndexOf("\n  ]", StringComparison.Ordinal)];

        var problem = OnlyProblem(Calm.Replace(exercise, exercise + ",\n" + exercise, StringComparison.Ordinal));

        Assert.Equal("calm.exercises.json(18,13): error EMP0006: The pack already has an exercise with the id 'pause-three'; exercise ids must be unique within a pack", problem);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void OtherLineEndings_AndAByteOrderMark_KeepLinesAndColumnsRight(string lineEnding)
    {
        var text = "\uFEFF" + Calm.Replace("\"minutes\": 2", "\"minutes\": \"2\"", StringComparison.Ordinal).Replace("\n", lineEnding, StringComparison.Ordinal);

        Assert.StartsWith("calm.exercises.json(11,18): error EMP0003: ", OnlyProblem(text), StringComparison.Ordinal);
    }

    [Fact]
    public void PackOfSeveralMegabytes_WithAMistakeAtTheEnd_IsReportedAtItsLine()
    {
        var builder = new StringBuilder("{\n  \"pack\": \"big\",\n  \"title\": \"Big\",\n  \"exercises\": [\n");
        const int Exercises = 13_000;
        for (var i = 0; i < Exercises; i++)
        {
            builder.Append("    { \"id\": \"ex-").Append(i).Append("\", \"title\": \"T\", \"summary\": \"").Append('s', 150)
                .Append("\", \"components\": [\"concern\"], \"steps\": [{ \"id\": \"a\", \"kind\": \"info\", \"prompt\": \"P\" }] },\n");
        }

        builder.Append("    { \"id\": \"last\" ]\n}\n");
        // Megabytes, yet under the size limit (EMP0020), so the mistake is what is reported.
        Assert.InRange(builder.Length, 3_000_000, ExercisePack.MaxFileBytes);

        var problem = OnlyProblem(builder.ToString());

        Assert.StartsWith($"calm.exercises.json({Exercises + 5},20): error EMP0001: The exercise pack is not valid JSON: expected ',' or '}}', found ']'", problem, StringComparison.Ordinal);
    }
}

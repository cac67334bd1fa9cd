using System.Globalization;
using System.Text.Json;
using Empathy.Core.Exercises;
using Empathy.Core.Storage;
using Empathy.Core.Utils;

namespace Empathy.Core.Interop.Fhir;

/// <summary>
/// Reads a FHIR R4 QuestionnaireResponse back into an <see cref="ExerciseResponse"/>. Each item's
/// answers keep their FHIR type (string → text, Coding → choice, integer → number), and the result is
/// then checked by <see cref="ExerciseResponse.Validate"/>, so FHIR input obeys exactly the rules of
/// any other response; the few things only FHIR can get wrong (a repeated item, an answer type we
/// never write, several values for a one-value step) are reported with the same problem kinds.
/// </summary>
internal static class QuestionnaireResponseReader
{
    private static readonly string[] KnownStatuses = ["in-progress", "completed", "amended", "entered-in-error", "stopped"];

    public static QuestionnaireResponseReadResult Read(FhirCanonicals canonicals, string json, IReadOnlyList<ExercisePack> packs)
    {
        using var document = Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new FhirFormatException("A FHIR resource is a JSON object with a 'resourceType'; this document has none.");
        }

        if (type.GetString() != "QuestionnaireResponse")
        {
            throw new FhirFormatException($"Expected a QuestionnaireResponse; the document is {Articles.A(type.GetString()!)}.");
        }

        var questionnaire = RequiredString(root, "questionnaire");
        var status = RequiredString(root, "status");
        if (!KnownStatuses.Contains(status, StringComparer.Ordinal))
        {
            throw new FhirFormatException($"'{status}' is not a QuestionnaireResponse status; FHIR R4 allows {string.Join(", ", KnownStatuses)}.");
        }

        var authored = ReadAuthored(root);
        var problems = new List<ExerciseResponseProblem>();
        var (pack, exercise) = FindExercise(canonicals, questionnaire, packs, problems);
        if (pack is null || exercise is null)
        {
            return new QuestionnaireResponseReadResult { Questionnaire = questionnaire, Status = status, Authored = authored, Problems = problems };
        }

        if (status is "entered-in-error" or "stopped")
        {
            problems.Add(Problem("", ExerciseResponseProblemKind.WrongExercise, $"The response's status is '{status}'; only in-progress, completed and amended responses hold answers to keep."));
        }

        var answers = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);
        if (root.TryGetProperty("item", out var items))
        {
            ReadItems(items, "item", exercise, answers, problems);
        }

        var response = new ExerciseResponse { PackName = pack.Name, ExerciseId = exercise.Id, Answers = answers };
        foreach (var problem in response.Validate(exercise))
        {
            // Validate's messages already name the step; say it is the linkId of a FHIR item.
            problems.Add(problem with { Message = problem.StepId.Length > 0 ? $"linkId '{problem.StepId}': {problem.Message}" : problem.Message });
        }

        return new QuestionnaireResponseReadResult
        {
            Response = problems.Count == 0 ? response : null,
            Exercise = exercise,
            Questionnaire = questionnaire,
            Status = status,
            Authored = authored,
            Problems = problems,
        };
    }

    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FhirFormatException($"The QuestionnaireResponse is not valid JSON: {JsonErrorText.Describe(error)}.", error);
        }
    }

    private static (ExercisePack? Pack, ExerciseDefinition? Exercise) FindExercise(
        FhirCanonicals canonicals, string questionnaire, IReadOnlyList<ExercisePack> packs, List<ExerciseResponseProblem> problems)
    {
        var bar = questionnaire.IndexOf('|', StringComparison.Ordinal);
        var url = bar < 0 ? questionnaire : questionnaire[..bar];
        string? version = bar < 0 ? null : questionnaire[(bar + 1)..];
        foreach (var pack in packs)
        {
            foreach (var exercise in pack.Exercises)
            {
                if (canonicals.QuestionnaireUrl(exercise) != url)
                {
                    continue;
                }

                if (version is not null && version != pack.Version)
                {
                    problems.Add(Problem("", ExerciseResponseProblemKind.WrongExercise,
                        $"The response answers version '{version}' of '{url}', but pack '{pack.Name}' is version '{pack.Version ?? "(none)"}'."));
                    return (null, null);
                }

                return (pack, exercise);
            }
        }

        problems.Add(Problem("", ExerciseResponseProblemKind.WrongExercise, $"No exercise of the known packs has the questionnaire url '{url}'."));
        return (null, null);
    }

    private static void ReadItems(JsonElement items, string path, ExerciseDefinition exercise, Dictionary<string, ExerciseAnswer> answers, List<ExerciseResponseProblem> problems)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new FhirFormatException($"'{path}' must be an array of items.");
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FhirFormatException($"'{itemPath}' must be an object.");
            }

            var linkId = RequiredString(item, "linkId", itemPath);
            ReadItem(item, itemPath, linkId, exercise, answers, problems);
            if (item.TryGetProperty("item", out var children))
            {
                ReadItems(children, itemPath + ".item", exercise, answers, problems);
            }
        }
    }

    private static void ReadItem(JsonElement item, string path, string linkId, ExerciseDefinition exercise, Dictionary<string, ExerciseAnswer> answers, List<ExerciseResponseProblem> problems)
    {
        var step = exercise.FindStep(linkId);
        var isOwnDisplay = step is null && IsHintOrCaution(exercise, linkId);
        if (answers.ContainsKey(linkId))
        {
            problems.Add(Problem(linkId, ExerciseResponseProblemKind.WrongAnswerType, $"linkId '{linkId}' appears in more than one item; FHIR puts all answers to an item in one answer list."));
            return;
        }

        var values = new List<JsonProperty>();
        if (item.TryGetProperty("answer", out var answerList))
        {
            if (answerList.ValueKind != JsonValueKind.Array)
            {
                throw new FhirFormatException($"'{path}.answer' must be an array.");
            }

            var index = 0;
            foreach (var answer in answerList.EnumerateArray())
            {
                var answerPath = $"{path}.answer[{index++}]";
                if (answer.ValueKind != JsonValueKind.Object)
                {
                    throw new FhirFormatException($"'{answerPath}' must be an object.");
                }

                values.AddRange(answer.EnumerateObject().Where(p => p.Name.StartsWith("value", StringComparison.Ordinal)));
                if (answer.TryGetProperty("item", out var nested))
                {
                    ReadItems(nested, answerPath + ".item", exercise, answers, problems);
                }
            }
        }

        if (values.Count == 0)
        {
            // An item without answers says nothing, unless it names a step the exercise lacks.
            if (step is null && !isOwnDisplay)
            {
                answers[linkId] = new ExerciseAnswer();
            }

            return;
        }

        if (isOwnDisplay)
        {
            problems.Add(Problem(linkId, ExerciseResponseProblemKind.NotAnswerable, $"linkId '{linkId}' is a display item of the questionnaire and takes no answer."));
            return;
        }

        if (ToAnswer(linkId, values, problems) is { } converted)
        {
            answers[linkId] = step is ChoiceStep choice && converted.Kind == ExerciseAnswerKind.Choices
                ? ExerciseAnswer.FromChoices([.. converted.Choices!.Select(code => FhirOptionCodes.ValueOf(choice, code))])
                : converted;
        }
    }

    private static bool IsHintOrCaution(ExerciseDefinition exercise, string linkId) =>
        linkId == exercise.Id + QuestionnaireWriter.CautionSuffix
        || (linkId.EndsWith(QuestionnaireWriter.HintSuffix, StringComparison.Ordinal)
            && exercise.FindStep(linkId[..^QuestionnaireWriter.HintSuffix.Length]) is { Hint: not null });

    private static ExerciseAnswer? ToAnswer(string linkId, List<JsonProperty> values, List<ExerciseResponseProblem> problems)
    {
        var kinds = values.Select(v => v.Name).Distinct(StringComparer.Ordinal).ToList();
        if (kinds.Count > 1)
        {
            problems.Add(Problem(linkId, ExerciseResponseProblemKind.WrongAnswerType, $"linkId '{linkId}' mixes answer types ({string.Join(", ", kinds)}); an item's answers share one type."));
            return null;
        }

        switch (kinds[0])
        {
            case "valueString" when values.Count == 1 && values[0].Value.ValueKind == JsonValueKind.String:
                return ExerciseAnswer.FromText(values[0].Value.GetString()!);
            case "valueInteger" when values.Count == 1 && values[0].Value.ValueKind == JsonValueKind.Number && values[0].Value.TryGetInt32(out var number):
                return ExerciseAnswer.FromNumber(number);
            case "valueCoding":
                var codes = new List<string>();
                foreach (var value in values)
                {
                    if (value.Value.ValueKind != JsonValueKind.Object || !value.Value.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(code.GetString()))
                    {
                        problems.Add(Problem(linkId, ExerciseResponseProblemKind.WrongAnswerType, $"linkId '{linkId}' has a valueCoding without a code; a choice is answered with the option's code."));
                        return null;
                    }

                    codes.Add(code.GetString()!);
                }

                return ExerciseAnswer.FromChoices(codes);
            case "valueString" or "valueInteger" when values.Count > 1:
                problems.Add(Problem(linkId, ExerciseResponseProblemKind.WrongAnswerType, $"linkId '{linkId}' has {values.Count} answers; a text or scale item takes one."));
                return null;
            default:
                problems.Add(Problem(linkId, ExerciseResponseProblemKind.WrongAnswerType,
                    $"linkId '{linkId}' is answered with {kinds[0]} ({values[0].Value.GetRawText()}); answers are valueString (text), valueCoding (choice) or valueInteger (scale)."));
                return null;
        }
    }

    private static DateTimeOffset? ReadAuthored(JsonElement root)
    {
        if (!root.TryGetProperty("authored", out var authored))
        {
            return null;
        }

        if (authored.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(authored.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            && HasTimeAndOffset(authored.GetString()!))
        {
            return value;
        }

        throw new FhirFormatException($"'authored' must be a FHIR dateTime with a time and an offset (2026-12-01T10:20:30+01:00); got {authored.GetRawText()}.");
    }

    // FHIR: a dateTime with a time must carry its offset (Z or ±hh:mm).
    private static bool HasTimeAndOffset(string text) =>
        text.Contains('T', StringComparison.Ordinal)
        && (text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':'));

    private static string RequiredString(JsonElement element, string name, string? path = null)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!;
        }

        var where = path is null ? name : $"{path}.{name}";
        throw new FhirFormatException($"'{where}' is required and must be a non-empty string.");
    }

    private static ExerciseResponseProblem Problem(string linkId, ExerciseResponseProblemKind kind, string message) =>
        new() { StepId = linkId, Kind = kind, Message = message };
}

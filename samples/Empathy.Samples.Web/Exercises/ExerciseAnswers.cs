using System.Text.Json;
using Empathy.Core.Exercises;

namespace Empathy.Samples.Web.Exercises;

/// <summary>
/// Turns answers as sent (JSON values from the API, form fields from the pages) into an
/// <see cref="ExerciseResponse"/>, and its problems into field errors. The library validates; this only
/// translates shapes.
/// </summary>
public static class ExerciseAnswers
{
    /// <summary>The response for JSON answers, or field errors for values of the wrong JSON kind.</summary>
    public static ExerciseResponse FromJson(ExerciseDefinition exercise, IReadOnlyDictionary<string, JsonElement> answers, int maxTextLength, Dictionary<string, string[]> errors)
    {
        var built = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);
        foreach (var (stepId, value) in answers)
        {
            // The library needs a step id and refuses a blank choice; both are the sender's to fix.
            if (string.IsNullOrWhiteSpace(stepId))
            {
                errors["answers"] = ["Each answer is named by its step's id; one has a blank name."];
                continue;
            }

            var step = exercise.FindStep(stepId);
            ExerciseAnswer? answer = (step, value.ValueKind) switch
            {
                (_, JsonValueKind.Null) => null,
                (ChoiceStep, JsonValueKind.String) when string.IsNullOrWhiteSpace(value.GetString()) => Fail("A chosen option is blank; send an option's value."),
                (ChoiceStep, JsonValueKind.String) => ExerciseAnswer.FromChoices([value.GetString()!]),
                (ChoiceStep, JsonValueKind.Array) when value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString())) =>
                    Fail("A chosen option is blank; send each option's value."),
                (ChoiceStep, JsonValueKind.Array) when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                    ExerciseAnswer.FromChoices([.. value.EnumerateArray().Select(v => v.GetString()!)]),
                (_, JsonValueKind.Number) when value.TryGetInt32(out var number) => ExerciseAnswer.FromNumber(number),
                (_, JsonValueKind.String) when value.GetString()!.Length > maxTextLength => Fail($"At most {maxTextLength} characters."),
                (_, JsonValueKind.String) when !string.IsNullOrWhiteSpace(value.GetString()) => ExerciseAnswer.FromText(value.GetString()!),
                (_, JsonValueKind.String) => null,
                _ => Fail("Send a string (text), a number (scale) or strings (choice)."),
            };
            if (answer is not null)
            {
                built[stepId] = answer;
            }

            ExerciseAnswer? Fail(string message)
            {
                errors[$"answers.{stepId}"] = [message];
                return null;
            }
        }

        return new ExerciseResponse { PackName = exercise.PackName, ExerciseId = exercise.Id, Answers = built };
    }

    /// <summary>The response for a submitted form (field <c>answer.{stepId}</c>, several values for a multiple choice).</summary>
    public static ExerciseResponse FromForm(ExerciseDefinition exercise, IFormCollection form, int maxTextLength, Dictionary<string, string[]> errors)
    {
        var built = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);
        foreach (var step in exercise.Steps.OfType<AnswerableStep>())
        {
            var values = form[$"answer.{step.Id}"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray();
            if (values.Length == 0)
            {
                continue;
            }

            switch (step)
            {
                case ChoiceStep:
                    built[step.Id] = ExerciseAnswer.FromChoices(values);
                    break;
                case ScaleStep when int.TryParse(values[0], out var number):
                    built[step.Id] = ExerciseAnswer.FromNumber(number);
                    break;
                case ScaleStep:
                    errors[$"answer.{step.Id}"] = ["Choose a whole number."];
                    break;
                default:
                    if (values[0].Length > maxTextLength)
                    {
                        errors[$"answer.{step.Id}"] = [$"At most {maxTextLength} characters."];
                    }
                    else
                    {
                        built[step.Id] = ExerciseAnswer.FromText(values[0]);
                    }

                    break;
            }
        }

        return new ExerciseResponse { PackName = exercise.PackName, ExerciseId = exercise.Id, Answers = built };
    }

    /// <summary>Adds the library's problems with <paramref name="response"/> to <paramref name="errors"/>, under <paramref name="prefix"/>.</summary>
    public static void AddProblems(ExerciseDefinition exercise, ExerciseResponse response, string prefix, Dictionary<string, string[]> errors)
    {
        foreach (var problem in response.Validate(exercise))
        {
            var key = problem.StepId.Length == 0 ? "" : prefix + problem.StepId;
            errors[key] = errors.TryGetValue(key, out var found) ? [.. found, problem.Message] : [problem.Message];
        }
    }

    /// <summary>Each answer as display text (choices joined by commas).</summary>
    public static IReadOnlyDictionary<string, string> Describe(ExerciseResponse response) =>
        response.Answers.ToDictionary(
            a => a.Key,
            a => a.Value.Kind switch
            {
                ExerciseAnswerKind.Text => a.Value.Text!.Reveal(),
                ExerciseAnswerKind.Number => a.Value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => string.Join(", ", a.Value.Choices ?? []),
            },
            StringComparer.Ordinal);
}

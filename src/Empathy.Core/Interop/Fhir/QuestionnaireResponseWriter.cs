using System.Text.Json;
using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>Writes a validated exercise response as a FHIR R4 QuestionnaireResponse, one item per answered step.</summary>
internal static class QuestionnaireResponseWriter
{
    public static string Write(FhirCanonicals canonicals, ExercisePack pack, ExerciseDefinition exercise, ExerciseResponse response, DateTimeOffset authored) => FhirJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "QuestionnaireResponse");
        writer.WriteString("questionnaire", canonicals.Canonical(pack, exercise));
        writer.WriteString("status", "completed");
        writer.WriteString("authored", FhirJson.DateTime(authored));
        var answered = exercise.Steps.Where(step => response.Answers.TryGetValue(step.Id, out var answer) && HasValue(answer)).ToList();
        if (answered.Count > 0)
        {
            writer.WriteStartArray("item");
            foreach (var step in answered)
            {
                WriteItem(writer, canonicals, exercise, step, response.Answers[step.Id]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

    /// <summary>
    /// Whether the answer has something FHIR can carry: FHIR strings cannot be empty and an answer
    /// list cannot be empty, so an empty text or an empty choice is written as no answer.
    /// </summary>
    public static bool HasValue(ExerciseAnswer answer) => answer.Kind switch
    {
        ExerciseAnswerKind.Text => answer.Text!.Reveal().Length > 0,
        ExerciseAnswerKind.Choices => answer.Choices!.Count > 0,
        ExerciseAnswerKind.Number => true,
        _ => false,
    };

    private static void WriteItem(Utf8JsonWriter writer, FhirCanonicals canonicals, ExerciseDefinition exercise, ExerciseStep step, ExerciseAnswer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("linkId", step.Id);
        writer.WriteString("text", step.Prompt.Invariant);
        writer.WriteStartArray("answer");
        switch (answer.Kind)
        {
            case ExerciseAnswerKind.Text:
                writer.WriteStartObject();
                writer.WriteString("valueString", answer.Text!.Reveal());
                writer.WriteEndObject();
                break;
            case ExerciseAnswerKind.Number:
                writer.WriteStartObject();
                writer.WriteNumber("valueInteger", answer.Number!.Value);
                writer.WriteEndObject();
                break;
            case ExerciseAnswerKind.Choices:
                var choice = (ChoiceStep)step;
                foreach (var value in answer.Choices!)
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("valueCoding");
                    writer.WriteString("system", canonicals.OptionSystem(exercise, choice));
                    writer.WriteString("code", FhirOptionCodes.Of(value));
                    writer.WriteString("display", choice.Options.First(o => o.Value == value).Label.Invariant);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                break;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>Writes one exercise as a FHIR R4 Questionnaire (see docs/interop.md for the mapping table).</summary>
internal static class QuestionnaireWriter
{
    /// <summary>The linkId suffix of a step's hint item; a step id cannot hold '/', so it never collides with a step.</summary>
    public const string HintSuffix = "/hint";

    /// <summary>The linkId suffix of the exercise's caution item.</summary>
    public const string CautionSuffix = "/caution";

    public static string Write(FhirCanonicals canonicals, FhirOptions options, ExercisePack pack, ExerciseDefinition exercise) => FhirJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Questionnaire");
        if (canonicals.ResourceId(exercise) is { } id)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("language", options.Language);
        writer.WriteString("url", canonicals.QuestionnaireUrl(exercise));
        if (pack.Version is { } version)
        {
            writer.WriteString("version", version);
        }

        FhirJson.WriteText(writer, "title", exercise.Title);
        writer.WriteString("status", "active");
        FhirJson.WriteText(writer, "description", exercise.Summary);
        writer.WriteStartArray("item");
        if (exercise.Caution is { } caution)
        {
            WriteDisplay(writer, exercise.Id + CautionSuffix, caution);
        }

        foreach (var step in exercise.Steps)
        {
            WriteStep(writer, canonicals, exercise, step);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteStep(Utf8JsonWriter writer, FhirCanonicals canonicals, ExerciseDefinition exercise, ExerciseStep step)
    {
        writer.WriteStartObject();
        if (step is TimerStep timer)
        {
            WriteTimerDuration(writer, canonicals, timer);
        }
        else if (step is ScaleStep scale)
        {
            WriteBounds(writer, scale);
        }

        writer.WriteString("linkId", step.Id);
        FhirJson.WriteText(writer, "text", step.Prompt);
        writer.WriteString("type", ItemType(step));
        if (step is AnswerableStep { Required: true })
        {
            writer.WriteBoolean("required", true);
        }

        if (step is ChoiceStep choice)
        {
            if (choice.Multiple)
            {
                writer.WriteBoolean("repeats", true);
            }

            writer.WriteStartArray("answerOption");
            foreach (var option in choice.Options)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("valueCoding");
                writer.WriteString("system", canonicals.OptionSystem(exercise, choice));
                writer.WriteString("code", FhirOptionCodes.Of(option.Value));
                FhirJson.WriteText(writer, "display", option.Label);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        // A question's hint rides beside it as a flyover child; display items may have no children
        // in R4 (invariant que-1), so their hint follows them as a sibling display item instead.
        if (step.Hint is { } hint && step.IsAnswerable)
        {
            writer.WriteStartArray("item");
            WriteDisplay(writer, step.Id + HintSuffix, hint, flyover: true);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (step.Hint is { } displayHint && !step.IsAnswerable)
        {
            WriteDisplay(writer, step.Id + HintSuffix, displayHint);
        }
    }

    private static string ItemType(ExerciseStep step) => step.Kind switch
    {
        ExerciseStepKind.Text => "text",
        ExerciseStepKind.Choice => "choice",
        ExerciseStepKind.Scale => "integer",
        _ => "display",
    };

    private static void WriteDisplay(Utf8JsonWriter writer, string linkId, LocalizedText text, bool flyover = false)
    {
        writer.WriteStartObject();
        if (flyover)
        {
            writer.WriteStartArray("extension");
            writer.WriteStartObject();
            writer.WriteString("url", FhirUrls.ItemControl);
            writer.WriteStartObject("valueCodeableConcept");
            writer.WriteStartArray("coding");
            writer.WriteStartObject();
            writer.WriteString("system", FhirUrls.ItemControlSystem);
            writer.WriteString("code", "flyover");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteString("linkId", linkId);
        FhirJson.WriteText(writer, "text", text);
        writer.WriteString("type", "display");
        writer.WriteEndObject();
    }

    private static void WriteBounds(Utf8JsonWriter writer, ScaleStep scale)
    {
        writer.WriteStartArray("extension");
        writer.WriteStartObject();
        writer.WriteString("url", FhirUrls.MinValue);
        writer.WriteNumber("valueInteger", scale.Min);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("url", FhirUrls.MaxValue);
        writer.WriteNumber("valueInteger", scale.Max);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteTimerDuration(Utf8JsonWriter writer, FhirCanonicals canonicals, TimerStep timer)
    {
        writer.WriteStartArray("extension");
        writer.WriteStartObject();
        writer.WriteString("url", canonicals.TimerDurationExtension);
        writer.WriteStartObject("valueDuration");
        writer.WriteNumber("value", timer.Seconds);
        writer.WriteString("unit", timer.Seconds == 1 ? "second" : "seconds");
        writer.WriteString("system", FhirUrls.Ucum);
        writer.WriteString("code", "s");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}

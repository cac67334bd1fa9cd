using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Tests.Fhir;

/// <summary>Responses that answer every answerable step of an exercise with a value its rules accept.</summary>
public static class SampleResponses
{
    public static readonly DateTimeOffset Authored = new(2026, 11, 30, 21, 15, 7, 250, TimeSpan.FromHours(1));

    public static ExerciseResponse Full(ExerciseDefinition exercise)
    {
        var answers = new Dictionary<string, ExerciseAnswer>(StringComparer.Ordinal);
        foreach (var step in exercise.Steps)
        {
            switch (step)
            {
                case TextStep:
                    answers[step.Id] = ExerciseAnswer.FromText($"My own words for {step.Id}:\nline two, «quoted».");
                    break;
                case ChoiceStep choice:
                    answers[step.Id] = ExerciseAnswer.FromChoices(choice.Options.Take(choice.Multiple ? 2 : 1).Select(o => o.Value));
                    break;
                case ScaleStep scale:
                    answers[step.Id] = ExerciseAnswer.FromNumber(scale.Max);
                    break;
            }
        }

        return new ExerciseResponse { PackName = exercise.PackName, ExerciseId = exercise.Id, Answers = answers };
    }
}

using Empathy.Core.Components;
using Empathy.Core.Critic;
using Empathy.Core.Exercises;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Profiles;
using Empathy.Core.SelfEmpathy;
using Empathy.Core.Tests.Exercises;
using Empathy.Core.Tests.Journal;

namespace Empathy.Core.Tests.Serialization;

/// <summary>
/// One fully populated sample of every public model type. The round-trip test finds the model types
/// by reflection and fails when one has no sample here, so a new model cannot be forgotten.
/// </summary>
internal static class ModelSamples
{
    public static IReadOnlyDictionary<Type, object> All { get; } = Build();

    private static Dictionary<Type, object> Build()
    {
        var entry = JournalEntryTests.Sample();
        var diagnosis = new ProfileDiagnoser().Diagnose(new ProfileObservation
        {
            Levels = new EmpathyLevels(10, 10, 10),
            BoundaryKeeping = 30,
            Signals = [ProfileSignal.HarshEmotionalHistory],
        });

        return new Dictionary<Type, object>
        {
            [typeof(EmpathyLevels)] = new EmpathyLevels(12, 34, 56),
            [typeof(ProfileObservation)] = new ProfileObservation { Levels = new EmpathyLevels(1, 2, 3), BoundaryKeeping = 4, Signals = [ProfileSignal.EmotionsRarelyNamed] },
            [typeof(ProfileDiagnosis)] = diagnosis,
            [typeof(ProfileReason)] = diagnosis.Reasons[0],
            [typeof(JournalEntry)] = entry,
            [typeof(JournalEntryId)] = entry.Id,
            [typeof(EmotionRating)] = entry.Emotions[0],
            [typeof(FollowUp)] = new FollowUp { Due = new DateOnly(2026, 1, 2), Outcome = "better" },
            [typeof(SensitiveText)] = new SensitiveText("private words"),
            [typeof(InnerCritic)] = new InnerCritic { Name = "Ms Perfect", TypicalPhrases = ["not good enough"] },
            [typeof(CriticAttribution)] = new CriticAttribution("Ms Perfect", "not good enough", 3, 15),
            [typeof(SelfEmpathyNote)] = new SelfEmpathyNote { AcknowledgeFeeling = "a", Normalise = "b", CreditEffort = "c", NextStep = "d" },
            [typeof(LocalizedText)] = ExerciseSamples.Text("Listen first", "Escucha primero"),
            [typeof(InfoStep)] = ExerciseSamples.Info,
            [typeof(TextStep)] = ExerciseSamples.Text(),
            [typeof(ChoiceStep)] = ExerciseSamples.Choice,
            [typeof(ChoiceOption)] = ExerciseSamples.Choice.Options[0],
            [typeof(ScaleStep)] = ExerciseSamples.Scale,
            [typeof(TimerStep)] = ExerciseSamples.Timer,
            [typeof(ExerciseDefinition)] = ExerciseSamples.Exercise,
            [typeof(ExercisePack)] = ExerciseSamples.Pack,
            [typeof(ExercisePackFile)] = new ExercisePackFile("kindness.exercises.json", "{}"),
            [typeof(ExercisePackProblem)] = ExerciseSamples.Problem,
            [typeof(ExercisePackLoadResult)] = new ExercisePackLoadResult { Pack = ExerciseSamples.Pack, Problems = [ExerciseSamples.Problem with { Severity = ExercisePackProblemSeverity.Warning }] },
            [typeof(ExerciseAnswer)] = ExerciseAnswer.FromChoices(["tired", "scared"]),
            [typeof(ExerciseResponse)] = ExerciseSamples.Response,
            [typeof(ExerciseResponseProblem)] = new ExerciseResponseProblem { StepId = "intensity", Kind = ExerciseResponseProblemKind.OutOfRange, Message = "too high" },
        };
    }
}

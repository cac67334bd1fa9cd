using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;

namespace Empathy.Core.Interop.Tests.Fhir;

/// <summary>The built-in pack's exercises as xunit data.</summary>
public static class Packs
{
    public static ExercisePack BuiltIn => EmpathyPack.Pack;

    public static TheoryData<string> BuiltInExerciseIds()
    {
        var data = new TheoryData<string>();
        foreach (var exercise in EmpathyPack.Pack.Exercises)
        {
            data.Add(exercise.Id);
        }

        return data;
    }

    public static ExerciseDefinition Exercise(string id) => EmpathyPack.Pack.FindExercise(id)!;
}

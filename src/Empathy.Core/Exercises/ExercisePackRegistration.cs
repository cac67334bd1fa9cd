namespace Empathy.Core.Exercises;

/// <summary>One pack registered for the <see cref="IExerciseCatalog"/>; a wrapper so the container does not hand out packs as services.</summary>
internal sealed record ExercisePackRegistration(ExercisePack Pack);

using Empathy.Core.Components;

namespace Empathy.Core.Exercises;

/// <summary>
/// Every exercise pack an app has registered (built-in, generated from its own pack files, or
/// loaded at run time), to list and look up exercises.
/// </summary>
public interface IExerciseCatalog
{
    /// <summary>The registered packs, in registration order.</summary>
    IReadOnlyList<ExercisePack> Packs { get; }

    /// <summary>Every exercise of every pack, pack by pack.</summary>
    IReadOnlyList<ExerciseDefinition> Exercises { get; }

    /// <summary>The pack named <paramref name="packName"/>, or <see langword="null"/>.</summary>
    /// <param name="packName">A pack name.</param>
    ExercisePack? FindPack(string packName);

    /// <summary>The exercise <paramref name="exerciseId"/> of the pack <paramref name="packName"/>, or <see langword="null"/>.</summary>
    /// <param name="packName">A pack name.</param>
    /// <param name="exerciseId">An exercise id within that pack.</param>
    ExerciseDefinition? Find(string packName, string exerciseId);

    /// <summary>The exercises that train <paramref name="component"/>.</summary>
    /// <param name="component">An empathy component.</param>
    IReadOnlyList<ExerciseDefinition> ForComponent(EmpathyComponent component);
}

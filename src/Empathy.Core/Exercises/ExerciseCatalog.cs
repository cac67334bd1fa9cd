using Empathy.Core.Components;

namespace Empathy.Core.Exercises;

/// <summary>The default <see cref="IExerciseCatalog"/>: an immutable index of the packs it was given.</summary>
/// <remarks>Immutable and thread-safe. Register packs with <c>services.AddExercisePack(...)</c>.</remarks>
public sealed class ExerciseCatalog : IExerciseCatalog
{
    private readonly Dictionary<string, ExercisePack> _byName = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="packs"/>. The same pack given twice is kept once.</summary>
    /// <param name="packs">The packs.</param>
    /// <exception cref="ArgumentException">Two different packs share a name.</exception>
    public ExerciseCatalog(IEnumerable<ExercisePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var list = new List<ExercisePack>();
        foreach (var pack in packs)
        {
            ArgumentNullException.ThrowIfNull(pack, nameof(packs));
            if (_byName.TryGetValue(pack.Name, out var known))
            {
                if (known == pack)
                {
                    continue;
                }

                throw new ArgumentException($"Two different exercise packs are named '{pack.Name}'; pack names must be unique in a catalog.", nameof(packs));
            }

            _byName.Add(pack.Name, pack);
            list.Add(pack);
        }

        Packs = list;
        Exercises = [.. list.SelectMany(p => p.Exercises)];
    }

    /// <inheritdoc />
    public IReadOnlyList<ExercisePack> Packs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ExerciseDefinition> Exercises { get; }

    /// <inheritdoc />
    public ExercisePack? FindPack(string packName)
    {
        ArgumentNullException.ThrowIfNull(packName);
        return _byName.GetValueOrDefault(packName);
    }

    /// <inheritdoc />
    public ExerciseDefinition? Find(string packName, string exerciseId)
    {
        ArgumentNullException.ThrowIfNull(exerciseId);
        return FindPack(packName)?.FindExercise(exerciseId);
    }

    /// <inheritdoc />
    public IReadOnlyList<ExerciseDefinition> ForComponent(EmpathyComponent component) =>
        [.. Exercises.Where(e => e.Components.Contains(component))];
}

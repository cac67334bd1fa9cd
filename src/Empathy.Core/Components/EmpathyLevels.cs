using Empathy.Core.Utils;

namespace Empathy.Core.Components;

/// <summary>
/// How strong each of the three empathy components is, on the library's one scale from
/// <see cref="Min"/> (absent) to <see cref="Max"/> (as strong as it gets).
/// </summary>
/// <remarks>
/// Every level in Empathy.Core (components, boundary keeping, intensities) uses this 0–100 integer
/// scale. The value is immutable and thread-safe. Levels are self-reported or app-estimated
/// figures, not clinical measurements.
/// </remarks>
public readonly record struct EmpathyLevels
{
    /// <summary>The lowest level on the scale: the component is absent.</summary>
    public const int Min = Guard.LevelMin;

    /// <summary>The highest level on the scale.</summary>
    public const int Max = Guard.LevelMax;

    /// <summary>Creates a set of levels, each between <see cref="Min"/> and <see cref="Max"/>.</summary>
    /// <param name="cognitive">Level of cognitive empathy.</param>
    /// <param name="affective">Level of affective empathy.</param>
    /// <param name="concern">Level of empathic concern.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside 0–100.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public EmpathyLevels(int cognitive, int affective, int concern)
    {
        Cognitive = Guard.Level(cognitive, nameof(cognitive));
        Affective = Guard.Level(affective, nameof(affective));
        Concern = Guard.Level(concern, nameof(concern));
    }

    /// <summary>Level of cognitive empathy, 0–100.</summary>
    public int Cognitive { get; }

    /// <summary>Level of affective empathy, 0–100.</summary>
    public int Affective { get; }

    /// <summary>Level of empathic concern, 0–100.</summary>
    public int Concern { get; }

    /// <summary>The level of one component.</summary>
    /// <param name="component">The component to read.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="component"/> is not defined.</exception>
    public int this[EmpathyComponent component] => component switch
    {
        EmpathyComponent.Cognitive => Cognitive,
        EmpathyComponent.Affective => Affective,
        EmpathyComponent.Concern => Concern,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Expected Cognitive, Affective or Concern."),
    };
}

using Empathy.Core.Components;

namespace Empathy.Core.Profiles;

/// <summary>
/// One reason behind a <see cref="ProfileDiagnosis"/>: a level or boundary value against a
/// threshold, or an observed signal, with a sentence that explains it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProfileReason
{
    /// <summary>What the reason is about.</summary>
    public required ProfileReasonKind Kind { get; init; }

    /// <summary>The component, for <see cref="ProfileReasonKind.Level"/> reasons.</summary>
    public EmpathyComponent? Component { get; init; }

    /// <summary>The observed value (0–100), for level and boundary reasons.</summary>
    public int? Value { get; init; }

    /// <summary>How <see cref="Value"/> compared with <see cref="Threshold"/>.</summary>
    public ThresholdComparison? Comparison { get; init; }

    /// <summary>The threshold from <see cref="ProfileOptions"/> that was applied.</summary>
    public int? Threshold { get; init; }

    /// <summary>The signal, for <see cref="ProfileReasonKind.Signal"/> reasons.</summary>
    public ProfileSignal? Signal { get; init; }

    /// <summary>A plain sentence that explains the reason.</summary>
    public required string Explanation { get; init; }

    internal static ProfileReason ForLevel(EmpathyComponent component, int value, ThresholdComparison comparison, int threshold) => new()
    {
        Kind = ProfileReasonKind.Level,
        Component = component,
        Value = value,
        Comparison = comparison,
        Threshold = threshold,
        Explanation = $"{Name(component)} is {value}, {Describe(comparison)} {threshold}.",
    };

    internal static ProfileReason ForBoundaries(int value, ThresholdComparison comparison, int threshold) => new()
    {
        Kind = ProfileReasonKind.BoundaryKeeping,
        Value = value,
        Comparison = comparison,
        Threshold = threshold,
        Explanation = $"Boundary keeping is {value}, {Describe(comparison)} {threshold}.",
    };

    internal static ProfileReason ForSignal(ProfileSignal signal) => new()
    {
        Kind = ProfileReasonKind.Signal,
        Signal = signal,
        Explanation = ProfileSignalCatalogue.Describe(signal),
    };

    private static string Name(EmpathyComponent component) => component switch
    {
        EmpathyComponent.Cognitive => "Cognitive empathy",
        EmpathyComponent.Affective => "Affective empathy",
        _ => "Empathic concern",
    };

    private static string Describe(ThresholdComparison comparison) =>
        comparison == ThresholdComparison.Below ? "below the threshold" : "at or above the threshold";
}

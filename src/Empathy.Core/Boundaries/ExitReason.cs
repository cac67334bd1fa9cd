namespace Empathy.Core.Boundaries;

/// <summary>One condition of the exit signal, whether it holds, and the figures behind it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExitReason
{
    /// <summary>The condition checked.</summary>
    public required ExitCondition Condition { get; init; }

    /// <summary>Whether the condition holds.</summary>
    public required bool Holds { get; init; }

    /// <summary>A plain sentence with the observed figure and the threshold from <see cref="ExitOptions"/>.</summary>
    public required string Explanation { get; init; }
}

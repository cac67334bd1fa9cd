namespace Empathy.Core.Walls;

/// <summary>One observed signal behind a wall diagnosis, and the weights it added to each kind.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WallReason
{
    /// <summary>The signal observed.</summary>
    public required WallSignal Signal { get; init; }

    /// <summary>The weight it added toward defense (from <see cref="WallOptions.SignalWeights"/>).</summary>
    public required double DefenseWeight { get; init; }

    /// <summary>The weight it added toward logic (from <see cref="WallOptions.SignalWeights"/>).</summary>
    public required double LogicWeight { get; init; }

    /// <summary>A plain sentence naming the signal and its weights.</summary>
    public required string Explanation { get; init; }
}

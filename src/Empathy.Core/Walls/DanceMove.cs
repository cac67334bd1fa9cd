using Empathy.Core.Boundaries;
using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>A recommended move in answer to a wall: what it is, why, and the concrete steps.</summary>
/// <remarks>Immutable and thread-safe; equality compares steps by their items.</remarks>
public sealed record DanceMove
{
    /// <summary>Which move this is.</summary>
    public required DanceMoveKind Kind { get; init; }

    /// <summary>A short name ("Reduce threat").</summary>
    public required string Title { get; init; }

    /// <summary>What the move is for, in a sentence or two.</summary>
    public required string Guidance { get; init; }

    /// <summary>Concrete steps, in order.</summary>
    public required IReadOnlyList<string> Steps
    {
        get;
        init => field = Guard.List(value, nameof(Steps));
    }

    /// <summary>The move for a wall of defense: build a <see cref="FeelingStatement"/> and be patient.</summary>
    public static DanceMove ReduceThreat { get; } = new()
    {
        Kind = DanceMoveKind.ReduceThreat,
        Title = "Reduce threat",
        Guidance = "Behind this wall is someone afraid of being hurt again. Make no accusations: state what you observed and what you feel, then ask. Ice melts slowly: expect slow results.",
        Steps =
        [
            "Say what a camera would have recorded, without interpretation.",
            "Name your own feeling, not what you think they did to you.",
            "Say what you need, then make one small request: When …, I feel …, because I need …. Would you …?",
            "Give it time and warmth; repeat calmly rather than louder.",
        ],
    };

    /// <summary>The move for a wall of logic: state an <see cref="IfThenRule"/>.</summary>
    public static DanceMove SwitchToTheirChannel { get; } = new()
    {
        Kind = DanceMoveKind.SwitchToTheirChannel,
        Title = "Switch to their channel",
        Guidance = "This wall will not melt: stop asking them to feel. State the rule, the bottom line and the consequence explicitly, like an IF … THEN ….",
        Steps =
        [
            "Name the behaviour precisely, as they would recognise it.",
            "State what you will do when it happens, as a fact, not a threat: If you …, then I will ….",
            "Add when it applies or a deadline, if there is one.",
            "Keep to the consequence every time the rule fires.",
        ],
    };

    /// <summary>The move when the wall is unknown: what to observe, one question per signal in the catalogue.</summary>
    public static DanceMove ObserveMore { get; } = new()
    {
        Kind = DanceMoveKind.ObserveMore,
        Title = "Observe more",
        Guidance = "There are too few signals to read this wall yet. Watch for these before choosing a move; meanwhile, staying calm and making no accusations is never wrong.",
        Steps = [.. WallSignalCatalogue.All.Select(WallSignalCatalogue.Question)],
    };

    /// <inheritdoc />
    public bool Equals(DanceMove? other) =>
        other is not null && Kind == other.Kind && Title == other.Title && Guidance == other.Guidance && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Title);
}

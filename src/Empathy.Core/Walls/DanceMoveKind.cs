namespace Empathy.Core.Walls;

/// <summary>The answer to a wall.</summary>
public enum DanceMoveKind
{
    /// <summary>For a wall of defense: no accusations; state the fact and your own feeling, and expect slow results.</summary>
    ReduceThreat,

    /// <summary>For a wall of logic: stop asking them to feel; state the rule and its consequence explicitly, IF … THEN ….</summary>
    SwitchToTheirChannel,

    /// <summary>When the wall is unknown: watch for the signals that tell it apart before choosing a move.</summary>
    ObserveMore,
}

using System.Globalization;
using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>
/// The result of reading a <see cref="WallObservation"/>: the kind of wall, the score toward each kind,
/// how sure the reading is, the signals behind it, and the dance moves to try.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares lists by their items. A heuristic reading meant for
/// practice, never an assessment of a person.
/// </remarks>
public sealed record WallDiagnosis
{
    /// <summary>The kind of wall read.</summary>
    public required WallKind Wall { get; init; }

    /// <summary>The sum of the observed signals' defense weights.</summary>
    public required double DefenseScore { get; init; }

    /// <summary>The sum of the observed signals' logic weights.</summary>
    public required double LogicScore { get; init; }

    /// <summary>
    /// How sure the reading is, 0 to 1 (see <see cref="WallDiagnoser"/> for the formula). 0 for
    /// <see cref="WallKind.Unknown"/>: no wall is claimed.
    /// </summary>
    public required double Confidence { get; init; }

    /// <summary>One reason per observed signal, in the order observed.</summary>
    public required IReadOnlyList<WallReason> Reasons
    {
        get;
        init => field = Guard.List(value, nameof(Reasons));
    }

    /// <summary>
    /// The recommended moves, in the order to try them: reduce threat for defense; switch to their
    /// channel for logic; both, reduce threat first, for mixed; observe more for unknown.
    /// </summary>
    public required IReadOnlyList<DanceMove> Moves
    {
        get;
        init => field = Guard.List(value, nameof(Moves));
    }

    /// <summary>A one-paragraph explanation: the wall, its scores and confidence, its reasons and the first move.</summary>
    public string Explain()
    {
        var scores = string.Create(CultureInfo.InvariantCulture, $"defense {DefenseScore:0.##}, logic {LogicScore:0.##}, confidence {Confidence:0.00}");
        var reasons = Reasons.Count == 0 ? "No signals observed." : string.Join(" ", Reasons.Select(r => r.Explanation));
        var moves = string.Join(", then ", Moves.Select(m => m.Title));
        var wall = Wall switch
        {
            WallKind.Defense => "A wall of defense",
            WallKind.Logic => "A wall of logic",
            WallKind.Mixed => "A mixed wall, defense and logic",
            _ => "Not yet clear what the wall is made of",
        };
        return $"{wall} ({scores}). {reasons} Move: {moves}.";
    }

    /// <inheritdoc />
    public bool Equals(WallDiagnosis? other) =>
        other is not null
        && Wall == other.Wall
        && DefenseScore.Equals(other.DefenseScore)
        && LogicScore.Equals(other.LogicScore)
        && Confidence.Equals(other.Confidence)
        && Reasons.SequenceEqual(other.Reasons)
        && Moves.SequenceEqual(other.Moves);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Wall, DefenseScore, LogicScore, Confidence);
}

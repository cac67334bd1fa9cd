using System.Globalization;
using Empathy.Core.People;
using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>
/// Whether a relationship's record shows the exit signal: continuous depletion over the configured
/// window despite adjustments. Raising it is framed as self-empathy, the right to leave the dance
/// floor, never as failure.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares reasons by their items. A heuristic reading for
/// reflection, not advice: the decision always stays with the person.
/// </remarks>
public sealed record ExitDiagnosis
{
    /// <summary>The other person in the relationship.</summary>
    public required PersonName Person { get; init; }

    /// <summary>Whether every condition holds, so the exit signal is raised.</summary>
    public required bool ExitSignalled { get; init; }

    /// <summary>When the current run of draining check-ins began; <see langword="null"/> when the latest check-in is not draining.</summary>
    public DateTimeOffset? DrainingSince { get; init; }

    /// <summary>How many check-ins the current draining run holds (0 when there is none).</summary>
    public required int DrainingCheckIns { get; init; }

    /// <summary>How many check-ins in the current draining run report an adjustment tried.</summary>
    public required int AdjustmentsTried { get; init; }

    /// <summary>Every condition, in the order of <see cref="ExitCondition"/>, whether it holds or not.</summary>
    public required IReadOnlyList<ExitReason> Reasons
    {
        get;
        init => field = Guard.List(value, nameof(Reasons));
    }

    /// <summary>
    /// A paragraph for the person: when the signal is raised, it names the right to leave as self-empathy,
    /// not failure; otherwise it says what is missing. Reasons follow.
    /// </summary>
    public string Explain()
    {
        var reasons = string.Join(" ", Reasons.Select(r => r.Explanation));
        return ExitSignalled
            ? string.Create(CultureInfo.InvariantCulture,
                $"Exit signal for {Person}: whatever you adjusted, this relationship has only drained you since {DrainingSince:yyyy-MM-dd}. You have the right to leave this dance floor; choosing to is self-empathy, not failure. {reasons}")
            : $"No exit signal for {Person}. {reasons}";
    }

    /// <inheritdoc />
    public bool Equals(ExitDiagnosis? other) =>
        other is not null
        && Person == other.Person
        && ExitSignalled == other.ExitSignalled
        && DrainingSince == other.DrainingSince
        && DrainingCheckIns == other.DrainingCheckIns
        && AdjustmentsTried == other.AdjustmentsTried
        && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, ExitSignalled, DrainingSince, DrainingCheckIns, AdjustmentsTried);
}

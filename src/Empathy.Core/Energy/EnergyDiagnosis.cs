using System.Globalization;
using Empathy.Core.Utils;

namespace Empathy.Core.Energy;

/// <summary>A check-in on the diver's tank at one moment: the level, its state, how long until it refills, and why.</summary>
/// <remarks>Immutable and thread-safe; equality compares reasons by their items.</remarks>
public sealed record EnergyDiagnosis
{
    /// <summary>The moment of the reading.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The level at <see cref="At"/>.</summary>
    public required double Level { get; init; }

    /// <summary>How the tank stands.</summary>
    public required EnergyState State { get; init; }

    /// <summary>Whether a dive is under way (recovery is paused).</summary>
    public required bool IsDiving { get; init; }

    /// <summary>How long, surfaced, until the level is back at the reserve; zero when it is already; <see langword="null"/> when it cannot recover (diving, or no recovery).</summary>
    public TimeSpan? UntilReserve { get; init; }

    /// <summary>How long, surfaced, until the tank is full; zero when it is; <see langword="null"/> when it cannot recover (diving, or no recovery).</summary>
    public TimeSpan? UntilFull { get; init; }

    /// <summary>The reasons behind the state, with the figures and thresholds behind them: the level first, then recovery.</summary>
    public required IReadOnlyList<EnergyReason> Reasons
    {
        get;
        init => field = Guard.List(value, nameof(Reasons));
    }

    /// <summary>A one-paragraph explanation: the state, the level and every reason.</summary>
    public string Explain() =>
        string.Create(CultureInfo.InvariantCulture, $"{InWords(State)} at level {Level:0.#}. ") + string.Join(" ", Reasons.Select(r => r.Explanation));

    private static string InWords(EnergyState state) => state switch
    {
        EnergyState.BelowReserve => "Below the reserve",
        EnergyState.NearReserve => "Near the reserve",
        EnergyState.Full => "Full",
        _ => "Comfortable",
    };

    /// <inheritdoc />
    public bool Equals(EnergyDiagnosis? other) =>
        other is not null
        && At == other.At
        && Level.Equals(other.Level)
        && State == other.State
        && IsDiving == other.IsDiving
        && UntilReserve == other.UntilReserve
        && UntilFull == other.UntilFull
        && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, Level, State, IsDiving);
}

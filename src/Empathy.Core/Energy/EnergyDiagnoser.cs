using System.Globalization;
using Empathy.Core.Utils;

namespace Empathy.Core.Energy;

/// <summary>
/// The default <see cref="IEnergyDiagnoser"/>: at capacity is <see cref="EnergyState.Full"/>; below
/// the tank's reserve is <see cref="EnergyState.BelowReserve"/>; less than
/// <see cref="EnergyOptions.NearReserveMargin"/> above it is <see cref="EnergyState.NearReserve"/>;
/// anything else is <see cref="EnergyState.Comfortable"/>. Capacity and reserve come from the tank itself.
/// </summary>
/// <remarks>Thread-safe; the options are copied at construction.</remarks>
public sealed class EnergyDiagnoser : IEnergyDiagnoser
{
    private readonly double _nearReserveMargin;
    private readonly double _capacity;
    private readonly double _reserve;
    private readonly double _recoveryPerHour;

    /// <summary>Creates a diagnoser with the given settings, or the defaults.</summary>
    /// <param name="options">Settings to use; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="EnergyOptions.Validate"/>).</exception>
    public EnergyDiagnoser(EnergyOptions? options = null)
    {
        var source = Guard.ValidOptions(options, o => o.Validate(), nameof(options));

        _nearReserveMargin = source.NearReserveMargin;
        _capacity = source.Capacity;
        _reserve = source.Reserve;
        _recoveryPerHour = source.RecoveryPerHour;
    }

    /// <inheritdoc />
    public EnergyTank StartTank(DateTimeOffset at, double? level = null) =>
        EnergyTank.Start(_capacity, _reserve, _recoveryPerHour, at, level);

    /// <inheritdoc />
    public EnergyDiagnosis Diagnose(EnergyTank tank, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tank);
        var level = tank.LevelAt(now);
        var state = level >= tank.Capacity ? EnergyState.Full
            : level < tank.Reserve ? EnergyState.BelowReserve
            : level < tank.Reserve + _nearReserveMargin ? EnergyState.NearReserve
            : EnergyState.Comfortable;

        var nearLine = tank.Reserve + _nearReserveMargin;
        var reasons = new List<EnergyReason>
        {
            state switch
            {
                EnergyState.Full => LevelReason(level, tank.Capacity, Text($"The level is {level:0.#}, at the capacity {tank.Capacity:0.#}.")),
                EnergyState.BelowReserve => LevelReason(level, tank.Reserve, Text($"The level is {level:0.#}, below the reserve {tank.Reserve:0.#}: surface and rest before the next dive.")),
                EnergyState.NearReserve => LevelReason(level, nearLine, Text($"The level is {level:0.#}, less than {_nearReserveMargin:0.#} above the reserve {tank.Reserve:0.#}.")),
                _ => LevelReason(level, nearLine, Text($"The level is {level:0.#}, at least {_nearReserveMargin:0.#} above the reserve {tank.Reserve:0.#}.")),
            },
        };

        var canRecover = !tank.IsDiving && tank.RecoveryPerHour > 0;
        if (tank.IsDiving)
        {
            reasons.Add(new EnergyReason
            {
                Kind = EnergyReasonKind.DiveUnderway,
                Explanation = Text($"A dive is under way since {Moments.InWords(tank.CurrentDive!.StartedAt)}; recovery is paused until you surface."),
            });
        }
        else if (!canRecover)
        {
            reasons.Add(new EnergyReason { Kind = EnergyReasonKind.NoRecovery, Explanation = "The tank has no recovery rate, so it does not refill on its own." });
        }
        else
        {
            reasons.Add(new EnergyReason
            {
                Kind = EnergyReasonKind.Recovering,
                Value = tank.RecoveryPerHour,
                Explanation = Text($"Surfaced, the tank refills {tank.RecoveryPerHour:0.#} per hour."),
            });
        }

        return new EnergyDiagnosis
        {
            At = now,
            Level = level,
            State = state,
            IsDiving = tank.IsDiving,
            UntilReserve = canRecover ? Until(level, tank.Reserve, tank.RecoveryPerHour) : null,
            UntilFull = canRecover ? Until(level, tank.Capacity, tank.RecoveryPerHour) : null,
            Reasons = reasons,
        };
    }

    private static EnergyReason LevelReason(double level, double threshold, string explanation) =>
        new() { Kind = EnergyReasonKind.Level, Value = level, Threshold = threshold, Explanation = explanation };

    private static TimeSpan Until(double level, double target, double perHour) =>
        level >= target ? TimeSpan.Zero : TimeSpan.FromHours((target - level) / perHour);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

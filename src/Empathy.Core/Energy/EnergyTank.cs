using System.Globalization;
using System.Text.Json.Serialization;
using Empathy.Core.Utils;

namespace Empathy.Core.Energy;

/// <summary>
/// The diver's tank: a limited capacity, a reserve floor, dives that cost energy, and recovery while
/// surfaced. A healthy empath dives into another's cold ocean and surfaces before the oxygen runs out.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe: <see cref="StartDive"/> and <see cref="Surface"/> return a new tank.
/// Time is always passed in; the tank never reads a clock. Events must come in time order.
/// </para>
/// <para>
/// The level over time is a timeline of points joined by straight lines (<see cref="LevelAt"/>):
/// while surfaced the level rises by <see cref="RecoveryPerHour"/> per hour up to <see cref="Capacity"/>;
/// during a finished dive it falls evenly from its level at the start by the dive's actual cost (never
/// below 0); during a dive still under way it is held at its level at the start, since the cost is not known yet.
/// </para>
/// <para>
/// A dive whose planned cost would take the level below <see cref="Reserve"/> is refused: the
/// refusal is a result, not an exception (<see cref="DiveResult.Accepted"/> is <see langword="false"/>
/// and the tank is unchanged), because it is an expected answer to show the person. Passing
/// <c>overrideReserve: true</c> lets the dive go ahead and records the override on the <see cref="Dive"/>.
/// </para>
/// </remarks>
public sealed record EnergyTank
{
    /// <summary>Creates a tank from its full state (as stored); prefer <see cref="Start(EnergyOptions, DateTimeOffset, double?)"/>.</summary>
    /// <param name="capacity">The capacity, a finite number above 0.</param>
    /// <param name="reserve">The reserve floor, 0 to <paramref name="capacity"/>.</param>
    /// <param name="recoveryPerHour">How much the tank refills per hour while surfaced, 0 or more.</param>
    /// <param name="timeline">At least one point, in time order, each level 0 to <paramref name="capacity"/>.</param>
    /// <param name="dives">The dives, in time order, not overlapping; only the last may be under way.</param>
    /// <exception cref="ArgumentException">A value is out of range or the timeline or dives are out of order.</exception>
    [JsonConstructor]
    public EnergyTank(double capacity, double reserve, double recoveryPerHour, IReadOnlyList<EnergyPoint> timeline, IReadOnlyList<Dive> dives)
    {
        if (!(double.IsFinite(capacity) && capacity > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The tank's capacity must be a finite number above 0.");
        }

        if (!(double.IsFinite(reserve) && reserve >= 0 && reserve <= capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(reserve), reserve, $"The reserve must be between 0 and the capacity ({capacity}).");
        }

        Capacity = capacity;
        Reserve = reserve;
        RecoveryPerHour = Guard.Amount(recoveryPerHour, nameof(recoveryPerHour));
        Timeline = CheckTimeline(timeline, capacity);
        Dives = CheckDives(dives);
    }

    /// <summary>The most energy the tank holds.</summary>
    public double Capacity { get; }

    /// <summary>The floor a planned dive may not go below unless overridden.</summary>
    public double Reserve { get; }

    /// <summary>How much the tank refills per hour while surfaced.</summary>
    public double RecoveryPerHour { get; }

    /// <summary>The level over time: the points where it changed course, oldest first (see <see cref="LevelAt"/>).</summary>
    public IReadOnlyList<EnergyPoint> Timeline { get; }

    /// <summary>Every dive, oldest first.</summary>
    public IReadOnlyList<Dive> Dives { get; }

    /// <summary>When the timeline starts.</summary>
    [JsonIgnore]
    public DateTimeOffset StartedAt => Timeline[0].At;

    /// <summary>The time of the latest event; the next one must not be earlier.</summary>
    [JsonIgnore]
    public DateTimeOffset LastEventAt => Timeline[^1].At;

    /// <summary>The dive under way, or <see langword="null"/> when surfaced.</summary>
    [JsonIgnore]
    public Dive? CurrentDive => Dives.Count > 0 && Dives[^1].IsUnderway ? Dives[^1] : null;

    /// <summary>Whether a dive is under way.</summary>
    [JsonIgnore]
    public bool IsDiving => CurrentDive is not null;

    /// <summary>A full tank (or one at <paramref name="level"/>) with the capacity, reserve and recovery of <paramref name="options"/>.</summary>
    /// <param name="options">The tank's settings.</param>
    /// <param name="at">When the timeline starts.</param>
    /// <param name="level">The level to start at; <see langword="null"/> for a full tank.</param>
    /// <exception cref="ArgumentException">The options are not valid or the level is outside 0 to the capacity.</exception>
    public static EnergyTank Start(EnergyOptions options, DateTimeOffset at, double? level = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.ValidOptions(options, o => o.Validate(), nameof(options));
        return Start(options.Capacity, options.Reserve, options.RecoveryPerHour, at, level);
    }

    /// <summary>A full tank (or one at <paramref name="level"/>) with the given settings.</summary>
    /// <param name="capacity">The capacity, a finite number above 0.</param>
    /// <param name="reserve">The reserve floor, 0 to <paramref name="capacity"/>.</param>
    /// <param name="recoveryPerHour">How much the tank refills per hour while surfaced, 0 or more.</param>
    /// <param name="at">When the timeline starts.</param>
    /// <param name="level">The level to start at; <see langword="null"/> for a full tank.</param>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static EnergyTank Start(double capacity, double reserve, double recoveryPerHour, DateTimeOffset at, double? level = null) =>
        new(capacity, reserve, recoveryPerHour, [new EnergyPoint(at, level ?? capacity)], []);

    /// <summary>The level at <paramref name="at"/>, read from the timeline; after the last event it is projected (recovery, or held during a dive).</summary>
    /// <param name="at">Any moment from <see cref="StartedAt"/> on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the timeline starts.</exception>
    public double LevelAt(DateTimeOffset at)
    {
        if (at < StartedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The tank's timeline starts at {Moments.InWords(StartedAt)}; there is no level before it.");
        }

        // The last point at or before 'at'.
        int low = 0, high = Timeline.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Timeline[mid].At <= at)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var point = Timeline[low];
        if (low == Timeline.Count - 1)
        {
            return IsDiving ? point.Level : Recovered(point.Level, at - point.At);
        }

        var next = Timeline[low + 1];
        var fraction = (at - point.At) / (next.At - point.At);
        return point.Level + ((next.Level - point.Level) * fraction);
    }

    /// <summary>
    /// Starts a dive at <paramref name="at"/> with <paramref name="plannedCost"/>. Refused (the tank
    /// unchanged) when the level minus the planned cost would fall below <see cref="Reserve"/>, unless
    /// <paramref name="overrideReserve"/> is set; then the dive goes ahead and the override is recorded.
    /// </summary>
    /// <param name="at">When the dive begins; not before <see cref="LastEventAt"/>.</param>
    /// <param name="plannedCost">The expected cost, 0 or more.</param>
    /// <param name="label">What the dive is; optional, at most <see cref="Dive.MaxLabelLength"/> characters.</param>
    /// <param name="overrideReserve">Whether to dive even below the reserve.</param>
    /// <returns>Whether the dive was accepted, the resulting tank, and why.</returns>
    /// <exception cref="InvalidOperationException">A dive is already under way.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event, or the cost is negative or not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is longer than <see cref="Dive.MaxLabelLength"/>.</exception>
    public DiveResult StartDive(DateTimeOffset at, double plannedCost, string? label = null, bool overrideReserve = false)
    {
        if (CurrentDive is { } current)
        {
            throw new InvalidOperationException($"A dive is already under way since {Moments.InWords(current.StartedAt)}; surface from it before starting another.");
        }

        RequireInOrder(at);
        Guard.Amount(plannedCost, nameof(plannedCost));

        var level = LevelAt(at);
        var projected = level - plannedCost;
        var belowReserve = projected < Reserve;
        var figures = string.Create(CultureInfo.InvariantCulture, $"level {level:0.#} − planned cost {plannedCost:0.#} = {projected:0.#}, reserve {Reserve:0.#}");
        if (belowReserve && !overrideReserve)
        {
            return new DiveResult
            {
                Accepted = false,
                Tank = this,
                LevelAtStart = level,
                PlannedCost = plannedCost,
                ProjectedLevel = projected,
                OverrodeReserve = false,
                Explanation = $"Dive refused: it would take you below your reserve ({figures}). Rest first, plan a shorter dive, or override on purpose.",
            };
        }

        var dive = new Dive { Label = label, StartedAt = at, LevelAtStart = level, PlannedCost = plannedCost, OverrodeReserve = belowReserve };
        return new DiveResult
        {
            Accepted = true,
            Tank = new EnergyTank(Capacity, Reserve, RecoveryPerHour, [.. Timeline, .. RecoveryPoints(at), new EnergyPoint(at, level)], [.. Dives, dive]),
            LevelAtStart = level,
            PlannedCost = plannedCost,
            ProjectedLevel = projected,
            OverrodeReserve = belowReserve,
            Explanation = belowReserve
                ? $"Dive accepted below the reserve because you overrode it ({figures}); the override is recorded."
                : $"Dive accepted ({figures}).",
        };
    }

    /// <summary>Ends the dive under way at <paramref name="at"/>, charging its <paramref name="actualCost"/> (the level never falls below 0); recovery resumes.</summary>
    /// <param name="at">When the diver surfaced; not before the dive began.</param>
    /// <param name="actualCost">What the dive really cost, 0 or more.</param>
    /// <returns>The new tank.</returns>
    /// <exception cref="InvalidOperationException">No dive is under way.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dive began, or the cost is negative or not finite.</exception>
    public EnergyTank Surface(DateTimeOffset at, double actualCost)
    {
        var dive = CurrentDive ?? throw new InvalidOperationException("No dive is under way; there is nothing to surface from.");
        RequireInOrder(at);
        Guard.Amount(actualCost, nameof(actualCost));

        var level = Math.Max(0, dive.LevelAtStart - actualCost);
        var done = dive with { SurfacedAt = at, ActualCost = actualCost };
        return new EnergyTank(Capacity, Reserve, RecoveryPerHour, [.. Timeline, new EnergyPoint(at, level)], [.. Dives.Take(Dives.Count - 1), done]);
    }

    /// <inheritdoc />
    public bool Equals(EnergyTank? other) =>
        other is not null
        && Capacity.Equals(other.Capacity)
        && Reserve.Equals(other.Reserve)
        && RecoveryPerHour.Equals(other.RecoveryPerHour)
        && Timeline.SequenceEqual(other.Timeline)
        && Dives.SequenceEqual(other.Dives);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Capacity, Reserve, RecoveryPerHour, Timeline.Count, Dives.Count);

    private double Recovered(double level, TimeSpan elapsed) => Math.Min(Capacity, level + (RecoveryPerHour * elapsed.TotalHours));

    // While surfaced, the point where recovery reaches capacity before 'at' (if it does), so that the
    // timeline's straight lines stay exact.
    private IEnumerable<EnergyPoint> RecoveryPoints(DateTimeOffset at)
    {
        var last = Timeline[^1];
        if (last.Level < Capacity && RecoveryPerHour > 0)
        {
            var full = last.At + TimeSpan.FromHours((Capacity - last.Level) / RecoveryPerHour);
            if (full < at)
            {
                yield return new EnergyPoint(full, Capacity);
            }
        }
    }

    private void RequireInOrder(DateTimeOffset at)
    {
        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Tank events must come in time order: the last one was at {Moments.InWords(LastEventAt)}.");
        }
    }

    private static EnergyPoint[] CheckTimeline(IReadOnlyList<EnergyPoint> timeline, double capacity)
    {
        timeline = Guard.List(timeline, nameof(timeline));
        if (timeline.Count == 0)
        {
            throw new ArgumentException("A tank's timeline needs at least its starting point.", nameof(timeline));
        }

        for (var i = 0; i < timeline.Count; i++)
        {
            var point = timeline[i];
            if (!(double.IsFinite(point.Level) && point.Level >= 0 && point.Level <= capacity))
            {
                throw new ArgumentException($"Timeline point {i + 1} has level {point.Level}; levels must be between 0 and the capacity ({capacity}).", nameof(timeline));
            }

            if (i > 0 && point.At < timeline[i - 1].At)
            {
                throw new ArgumentException($"Timeline point {i + 1} ({Moments.InWords(point.At)}) is earlier than the point before it; the timeline must be in time order.", nameof(timeline));
            }
        }

        return [.. timeline];
    }

    private static Dive[] CheckDives(IReadOnlyList<Dive> dives)
    {
        dives = Guard.List(dives, nameof(dives));
        for (var i = 0; i < dives.Count; i++)
        {
            var dive = dives[i];
            if (dive.IsUnderway ? i != dives.Count - 1 || dive.ActualCost is not null : dive.ActualCost is null || dive.SurfacedAt < dive.StartedAt)
            {
                throw new ArgumentException($"Dive {i + 1} is inconsistent: only the last dive may be under way, and a finished dive needs its actual cost and a surfacing time not before its start.", nameof(dives));
            }

            if (i > 0 && dive.StartedAt < dives[i - 1].SurfacedAt)
            {
                throw new ArgumentException($"Dive {i + 1} starts before dive {i} surfaced; dives must be in time order and not overlap.", nameof(dives));
            }
        }

        return [.. dives];
    }
}

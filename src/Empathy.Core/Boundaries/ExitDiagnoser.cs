using System.Globalization;
using Empathy.Core.Relationships;
using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>
/// The default <see cref="IExitDiagnoser"/>. The exit signal is raised when all four
/// <see cref="ExitCondition"/>s hold:
/// the latest check-in at or before now is draining (strain at least <see cref="ExitOptions.DrainingStrainAtLeast"/>);
/// the unbroken run of draining check-ins ending with it spans at least <see cref="ExitOptions.Window"/>
/// from its first to its latest check-in (a single check-in below the threshold breaks the run);
/// the run holds at least <see cref="ExitOptions.MinimumCheckIns"/> check-ins;
/// and at least <see cref="ExitOptions.MinimumAdjustments"/> of them report an adjustment tried.
/// </summary>
/// <remarks>Thread-safe; the options are copied at construction.</remarks>
public sealed class ExitDiagnoser : IExitDiagnoser
{
    private readonly ExitOptions _options;

    /// <summary>Creates a diagnoser with the given settings, or the defaults.</summary>
    /// <param name="options">Settings to use; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="ExitOptions.Validate"/>).</exception>
    public ExitDiagnoser(ExitOptions? options = null)
    {
        var source = Guard.ValidOptions(options, o => o.Validate(), nameof(options));

        _options = new ExitOptions
        {
            Window = source.Window,
            DrainingStrainAtLeast = source.DrainingStrainAtLeast,
            MinimumCheckIns = source.MinimumCheckIns,
            MinimumAdjustments = source.MinimumAdjustments,
        };
    }

    /// <inheritdoc />
    public ExitDiagnosis Diagnose(Relationship record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);

        var past = record.CheckIns.Where(c => c.At <= now).ToList();
        var run = new List<RelationshipCheckIn>();
        for (var i = past.Count - 1; i >= 0 && IsDraining(past[i]); i--)
        {
            run.Add(past[i]);
        }

        run.Reverse();
        var adjustments = run.Count(c => c.AdjustmentTried);
        var span = run.Count > 0 ? run[^1].At - run[0].At : TimeSpan.Zero;

        var reasons = new[]
        {
            LatestReason(past),
            new ExitReason
            {
                Condition = ExitCondition.LastsTheWindow,
                Holds = run.Count > 0 && span >= _options.Window,
                Explanation = run.Count == 0
                    ? "There is no current run of draining check-ins."
                    : string.Create(CultureInfo.InvariantCulture, $"Depletion has lasted {Days(span)} days without a break (from {run[0].At:yyyy-MM-dd} to {run[^1].At:yyyy-MM-dd}); the window is {Days(_options.Window)} days."),
            },
            new ExitReason
            {
                Condition = ExitCondition.EnoughCheckIns,
                Holds = run.Count >= _options.MinimumCheckIns,
                Explanation = $"{run.Count} draining check-ins in a row; at least {_options.MinimumCheckIns} are needed.",
            },
            new ExitReason
            {
                Condition = ExitCondition.EnoughAdjustments,
                Holds = adjustments >= _options.MinimumAdjustments,
                Explanation = $"{adjustments} of them report an adjustment tried; at least {_options.MinimumAdjustments} are needed.",
            },
        };

        return new ExitDiagnosis
        {
            Person = record.Person,
            ExitSignalled = reasons.All(r => r.Holds),
            DrainingSince = run.Count > 0 ? run[0].At : null,
            DrainingCheckIns = run.Count,
            AdjustmentsTried = adjustments,
            Reasons = reasons,
        };
    }

    private ExitReason LatestReason(List<RelationshipCheckIn> past)
    {
        if (past.Count == 0)
        {
            return new ExitReason { Condition = ExitCondition.LatestCheckInDraining, Holds = false, Explanation = "There are no check-ins yet." };
        }

        var latest = past[^1];
        var draining = IsDraining(latest);
        return new ExitReason
        {
            Condition = ExitCondition.LatestCheckInDraining,
            Holds = draining,
            Explanation = string.Create(CultureInfo.InvariantCulture,
                $"The latest check-in ({latest.At:yyyy-MM-dd}) has strain {latest.Strain:0.#} (depletion {latest.Depletion}, frustration {latest.Frustration}, self-doubt {latest.SelfDoubt}), {(draining ? "at or above" : "below")} the draining threshold {_options.DrainingStrainAtLeast}."),
        };
    }

    private bool IsDraining(RelationshipCheckIn checkIn) => checkIn.Strain >= _options.DrainingStrainAtLeast;

    private static string Days(TimeSpan span) => span.TotalDays.ToString("0.#", CultureInfo.InvariantCulture);
}

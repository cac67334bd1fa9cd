using System.Globalization;
using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>
/// The default, weight-based <see cref="IWallDiagnoser"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each observed signal adds its weights from <see cref="WallOptions.SignalWeights"/>: the defense
/// score D and the logic score L are the sums, and the total T = D + L is the evidence.
/// When T &lt; <see cref="WallOptions.MinimumEvidence"/> the wall is <see cref="WallKind.Unknown"/>
/// (confidence 0). Otherwise, with s the larger share (max(D, L) ÷ T) and m = <see cref="WallOptions.DominantShare"/>:
/// s ≥ m gives <see cref="WallKind.Defense"/> or <see cref="WallKind.Logic"/>, else <see cref="WallKind.Mixed"/>.
/// </para>
/// <para>
/// Confidence = evidence × certainty, where evidence = min(1, T ÷ <see cref="WallOptions.ConfidentEvidence"/>).
/// For a dominant kind, certainty is 0.5 at s = m rising to 1 at s = 1; for mixed, it is 1 when
/// D = L, falling to 0.5 at the edge s = m. As with profiles, a reading on its threshold is a coin toss.
/// </para>
/// <para>Thread-safe; the options are copied at construction.</para>
/// </remarks>
public sealed class WallDiagnoser : IWallDiagnoser
{
    private readonly WallOptions _options;

    /// <summary>Creates a diagnoser with the given weights and thresholds, or the defaults.</summary>
    /// <param name="options">Options to use; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="WallOptions.Validate"/>).</exception>
    public WallDiagnoser(WallOptions? options = null)
    {
        var source = Guard.ValidOptions(options, o => o.Validate(), nameof(options));

        _options = source.Copy();
    }

    /// <inheritdoc />
    public WallDiagnosis Diagnose(WallObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);

        var reasons = new List<WallReason>(observation.Signals.Count);
        double defense = 0, logic = 0;
        foreach (var signal in observation.Signals)
        {
            var weight = _options.SignalWeights[signal];
            defense += weight.Defense;
            logic += weight.Logic;
            reasons.Add(new WallReason
            {
                Signal = signal,
                DefenseWeight = weight.Defense,
                LogicWeight = weight.Logic,
                Explanation = string.Create(CultureInfo.InvariantCulture,
                    $"{WallSignalCatalogue.Describe(signal)}: +{weight.Defense:0.##} defense, +{weight.Logic:0.##} logic."),
            });
        }

        var total = defense + logic;
        if (total < _options.MinimumEvidence)
        {
            return new WallDiagnosis
            {
                Wall = WallKind.Unknown,
                DefenseScore = defense,
                LogicScore = logic,
                Confidence = 0,
                Reasons = reasons,
                Moves = [DanceMove.ObserveMore],
            };
        }

        var evidence = Math.Min(1, total / _options.ConfidentEvidence);
        var share = Math.Max(defense, logic) / total;
        var dominant = _options.DominantShare;
        if (share >= dominant)
        {
            var certainty = dominant >= 1 ? 1 : Math.Min(1, 0.5 + (0.5 * (share - dominant) / (1 - dominant)));
            var isDefense = defense >= logic;
            return new WallDiagnosis
            {
                Wall = isDefense ? WallKind.Defense : WallKind.Logic,
                DefenseScore = defense,
                LogicScore = logic,
                Confidence = evidence * certainty,
                Reasons = reasons,
                Moves = [isDefense ? DanceMove.ReduceThreat : DanceMove.SwitchToTheirChannel],
            };
        }

        var balance = Math.Clamp(1 - (0.5 * (share - 0.5) / (dominant - 0.5)), 0.5, 1);
        return new WallDiagnosis
        {
            Wall = WallKind.Mixed,
            DefenseScore = defense,
            LogicScore = logic,
            Confidence = evidence * balance,
            Reasons = reasons,
            Moves = [DanceMove.ReduceThreat, DanceMove.SwitchToTheirChannel],
        };
    }

    /// <inheritdoc />
    public FeelingStatementBuilder StartFeelingStatement() => new(_options);
}

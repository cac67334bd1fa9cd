namespace Empathy.Core.Walls;

/// <summary>
/// The heuristic weights and thresholds a <see cref="WallDiagnoser"/> uses, and the word list that
/// tells a feeling from an accusation in disguise.
/// </summary>
/// <remarks>
/// Heuristics chosen to be easy to explain, not validated measurements: apps should tune them.
/// Mutable for configuration; validate with <see cref="Validate"/> (dependency injection does so at start-up).
/// </remarks>
public sealed class WallOptions
{
    /// <summary>How much each signal weighs toward defense and logic, each 0–1. Every <see cref="WallSignal"/> needs an entry.</summary>
    public Dictionary<WallSignal, WallSignalWeight> SignalWeights { get; set; } = new()
    {
        [WallSignal.GoesQuietWhenCriticised] = new(0.8, 0.1),
        [WallSignal.CounterAttacks] = new(0.9, 0.0),
        [WallSignal.Guarded] = new(0.7, 0.0),
        [WallSignal.OpensUpWhenSafe] = new(0.8, 0.0),
        [WallSignal.HurtBefore] = new(0.6, 0.0),
        [WallSignal.JustifiesAtLength] = new(0.5, 0.2),
        [WallSignal.AsksForFactsOverFeelings] = new(0.0, 0.8),
        [WallSignal.UnmovedByEmotionalAppeals] = new(0.1, 0.8),
        [WallSignal.RespondsToClearRules] = new(0.0, 0.9),
        [WallSignal.OffersSolutions] = new(0.0, 0.6),
        [WallSignal.PuzzledByFeelingTalk] = new(0.0, 0.7),
        [WallSignal.RarelyNamesEmotions] = new(0.3, 0.5),
    };

    /// <summary>Below this total weight (defense + logic) the wall is <see cref="WallKind.Unknown"/>. Default 1.0.</summary>
    public double MinimumEvidence { get; set; } = 1.0;

    /// <summary>
    /// The total weight at which evidence counts as complete; confidence is scaled by
    /// total ÷ <see cref="ConfidentEvidence"/> (at most 1). Default 3.0.
    /// </summary>
    public double ConfidentEvidence { get; set; } = 3.0;

    /// <summary>
    /// The share of the total one kind needs to dominate (defense ÷ total, or logic ÷ total); between
    /// the two the wall is <see cref="WallKind.Mixed"/>. More than 0.5, at most 1. Default 0.7.
    /// </summary>
    public double DominantShare { get; set; } = 0.7;

    /// <summary>
    /// Words (or short phrases) that, used as a "feeling", accuse the other person, each with real
    /// feelings to suggest instead. Matched as whole words, ignoring case.
    /// </summary>
    public Dictionary<string, string[]> DisguisedAccusations { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["abandoned"] = ["lonely", "scared", "sad"],
        ["attacked"] = ["scared", "hurt", "tense"],
        ["belittled"] = ["hurt", "small", "discouraged"],
        ["betrayed"] = ["hurt", "shocked", "disappointed"],
        ["blamed"] = ["hurt", "frustrated", "sad"],
        ["cheated"] = ["angry", "hurt", "disappointed"],
        ["criticised"] = ["hurt", "embarrassed", "discouraged"],
        ["criticized"] = ["hurt", "embarrassed", "discouraged"],
        ["disrespected"] = ["hurt", "angry", "frustrated"],
        ["ignored"] = ["lonely", "hurt", "sad"],
        ["judged"] = ["embarrassed", "anxious", "hurt"],
        ["let down"] = ["disappointed", "sad", "discouraged"],
        ["manipulated"] = ["uneasy", "confused", "wary"],
        ["misunderstood"] = ["frustrated", "lonely", "sad"],
        ["neglected"] = ["lonely", "sad", "hurt"],
        ["pressured"] = ["anxious", "tense", "overwhelmed"],
        ["rejected"] = ["hurt", "sad", "lonely"],
        ["unappreciated"] = ["sad", "disappointed", "discouraged"],
        ["used"] = ["hurt", "angry", "disappointed"],
    };

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (SignalWeights is null)
        {
            problems.Add($"Wall option {nameof(SignalWeights)} must not be null.");
        }
        else
        {
            foreach (var signal in WallSignalCatalogue.All)
            {
                if (!SignalWeights.TryGetValue(signal, out var weight))
                {
                    problems.Add($"Wall option {nameof(SignalWeights)} has no weight for {signal}; every signal needs one.");
                }
                else if (!IsWeight(weight.Defense) || !IsWeight(weight.Logic))
                {
                    problems.Add($"Wall option {nameof(SignalWeights)}[{signal}] must have weights between 0 and 1; it is {weight.Defense} defense, {weight.Logic} logic.");
                }
            }

            foreach (var signal in SignalWeights.Keys.Where(s => !Enum.IsDefined(s)))
            {
                problems.Add($"Wall option {nameof(SignalWeights)} has a weight for '{signal}', which is not a defined {nameof(WallSignal)}.");
            }
        }

        if (!(MinimumEvidence > 0) || double.IsInfinity(MinimumEvidence))
        {
            problems.Add($"Wall option {nameof(MinimumEvidence)} must be a number above 0; it is {MinimumEvidence}.");
        }

        if (!(ConfidentEvidence >= MinimumEvidence) || double.IsInfinity(ConfidentEvidence))
        {
            problems.Add($"Wall option {nameof(ConfidentEvidence)} ({ConfidentEvidence}) must be a finite number at least {nameof(MinimumEvidence)} ({MinimumEvidence}).");
        }

        if (!(DominantShare > 0.5 && DominantShare <= 1))
        {
            problems.Add($"Wall option {nameof(DominantShare)} must be above 0.5 and at most 1; it is {DominantShare}.");
        }

        if (DisguisedAccusations is null)
        {
            problems.Add($"Wall option {nameof(DisguisedAccusations)} must not be null (use an empty dictionary to check nothing).");
        }
        else
        {
            foreach (var (word, suggestions) in DisguisedAccusations)
            {
                if (string.IsNullOrWhiteSpace(word))
                {
                    problems.Add($"Wall option {nameof(DisguisedAccusations)} has a blank word.");
                }
                else if (suggestions is null || suggestions.Length == 0 || suggestions.Any(string.IsNullOrWhiteSpace))
                {
                    problems.Add($"Wall option {nameof(DisguisedAccusations)}[\"{word}\"] needs at least one real feeling to suggest, none blank.");
                }
            }
        }

        return problems;
    }

    internal WallOptions Copy() => new()
    {
        SignalWeights = new Dictionary<WallSignal, WallSignalWeight>(SignalWeights),
        MinimumEvidence = MinimumEvidence,
        ConfidentEvidence = ConfidentEvidence,
        DominantShare = DominantShare,
        DisguisedAccusations = DisguisedAccusations.ToDictionary(p => p.Key.Trim(), p => p.Value.Select(s => s.Trim()).ToArray(), StringComparer.OrdinalIgnoreCase),
    };

    private static bool IsWeight(double value) => value is >= 0 and <= 1;
}

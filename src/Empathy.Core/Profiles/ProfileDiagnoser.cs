using Empathy.Core.Components;
using Empathy.Core.Utils;

namespace Empathy.Core.Profiles;

/// <summary>
/// The default, rule-based <see cref="IProfileDiagnoser"/>. Rules are checked in a fixed order:
/// performative (needs a signal), hunting ground, dry well, flood, balanced; when none holds, the
/// profile is <see cref="EmpathyProfile.Unclear"/>.
/// </summary>
/// <remarks>Thread-safe; the options are copied at construction.</remarks>
public sealed class ProfileDiagnoser : IProfileDiagnoser
{
    private static readonly EmpathyComponent[] AllComponents = [EmpathyComponent.Cognitive, EmpathyComponent.Affective, EmpathyComponent.Concern];

    private readonly ProfileOptions _options;

    /// <summary>Creates a diagnoser with the given thresholds, or the defaults.</summary>
    /// <param name="options">Thresholds to use; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="ProfileOptions.Validate"/>).</exception>
    public ProfileDiagnoser(ProfileOptions? options = null)
    {
        var source = Guard.ValidOptions(options, o => o.Validate(), nameof(options));

        _options = new ProfileOptions
        {
            WeakBelow = source.WeakBelow,
            StrongAtLeast = source.StrongAtLeast,
            PresentAtLeast = source.PresentAtLeast,
            BoundariesWeakBelow = source.BoundariesWeakBelow,
            BoundariesKeptAtLeast = source.BoundariesKeptAtLeast,
            ConfidenceMargin = source.ConfidenceMargin,
            PerformativeOneSignalCertainty = source.PerformativeOneSignalCertainty,
            PerformativeBothSignalsCertainty = source.PerformativeBothSignalsCertainty,
            FloodDrainedSignalBonus = source.FloodDrainedSignalBonus,
        };
    }

    /// <inheritdoc />
    public ProfileDiagnosis Diagnose(ProfileObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);

        return TryPerformative(observation)
            ?? TryHuntingGround(observation)
            ?? TryDryWell(observation)
            ?? TryFlood(observation)
            ?? TryBalanced(observation)
            ?? Unclear(observation);
    }

    private ProfileDiagnosis? TryPerformative(ProfileObservation observation)
    {
        var signals = new List<ProfileReason>();
        if (observation.Has(ProfileSignal.ExpressionWithoutFeeling))
        {
            signals.Add(ProfileReason.ForSignal(ProfileSignal.ExpressionWithoutFeeling));
        }

        if (observation.Has(ProfileSignal.ExpressionWithoutAction))
        {
            signals.Add(ProfileReason.ForSignal(ProfileSignal.ExpressionWithoutAction));
        }

        if (signals.Count == 0)
        {
            return null;
        }

        // The expression must be hollow: feeling or concern is weak.
        var hollow = new[] { Weak(observation, EmpathyComponent.Affective), Weak(observation, EmpathyComponent.Concern) }
            .Where(c => c.Holds)
            .ToList();
        if (hollow.Count == 0)
        {
            return null;
        }

        var signalCertainty = signals.Count == 1 ? _options.PerformativeOneSignalCertainty : _options.PerformativeBothSignalsCertainty;
        var levelCertainty = hollow.Max(c => c.Certainty);
        return new ProfileDiagnosis
        {
            Profile = EmpathyProfile.Performative,
            Confidence = Math.Min(signalCertainty, levelCertainty),
            Reasons = [.. signals, .. hollow.Select(c => c.Reason)],
        };
    }

    private ProfileDiagnosis? TryHuntingGround(ProfileObservation observation) =>
        AllHold(EmpathyProfile.HuntingGround,
            Strong(observation, EmpathyComponent.Cognitive),
            Weak(observation, EmpathyComponent.Affective),
            Weak(observation, EmpathyComponent.Concern));

    private ProfileDiagnosis? TryDryWell(ProfileObservation observation)
    {
        var diagnosis = AllHold(EmpathyProfile.DryWell,
            Weak(observation, EmpathyComponent.Cognitive),
            Weak(observation, EmpathyComponent.Affective),
            Weak(observation, EmpathyComponent.Concern));
        if (diagnosis is null)
        {
            return null;
        }

        // The origin comes from what was observed, never from the levels.
        var defensive = new List<ProfileReason>();
        var developmental = new List<ProfileReason>();
        if (observation.Has(ProfileSignal.FeelsStronglyWhenSafe))
        {
            defensive.Add(ProfileReason.ForSignal(ProfileSignal.FeelsStronglyWhenSafe));
        }

        if (observation.Has(ProfileSignal.HarshEmotionalHistory))
        {
            defensive.Add(ProfileReason.ForSignal(ProfileSignal.HarshEmotionalHistory));
        }

        if (observation.Has(ProfileSignal.EmotionsRarelyNamed))
        {
            developmental.Add(ProfileReason.ForSignal(ProfileSignal.EmotionsRarelyNamed));
        }

        if (observation.Has(ProfileSignal.EarlyFeelingsUnanswered))
        {
            developmental.Add(ProfileReason.ForSignal(ProfileSignal.EarlyFeelingsUnanswered));
        }

        var origin = defensive.Count.CompareTo(developmental.Count) switch
        {
            > 0 => DryWellOrigin.Defensive,
            < 0 => DryWellOrigin.Developmental,
            _ => DryWellOrigin.Unknown,
        };

        return diagnosis with
        {
            Origin = origin,
            Reasons = [.. diagnosis.Reasons, .. defensive, .. developmental],
        };
    }

    private ProfileDiagnosis? TryFlood(ProfileObservation observation)
    {
        var affective = Strong(observation, EmpathyComponent.Affective);
        if (!affective.Holds)
        {
            return null;
        }

        var weaknesses = new[]
        {
            WeakBoundaries(observation),
            Weak(observation, EmpathyComponent.Cognitive),
            Weak(observation, EmpathyComponent.Concern),
        }.Where(c => c.Holds).ToList();
        if (weaknesses.Count == 0)
        {
            return null;
        }

        var confidence = Math.Min(affective.Certainty, weaknesses.Max(c => c.Certainty));
        List<ProfileReason> reasons = [affective.Reason, .. weaknesses.Select(c => c.Reason)];
        if (observation.Has(ProfileSignal.DrainedAfterOthersEmotions))
        {
            reasons.Add(ProfileReason.ForSignal(ProfileSignal.DrainedAfterOthersEmotions));
            confidence = Math.Min(1.0, confidence + _options.FloodDrainedSignalBonus);
        }

        return new ProfileDiagnosis { Profile = EmpathyProfile.Flood, Confidence = confidence, Reasons = reasons };
    }

    private ProfileDiagnosis? TryBalanced(ProfileObservation observation) =>
        AllHold(EmpathyProfile.Balanced,
            Present(observation, EmpathyComponent.Cognitive),
            Present(observation, EmpathyComponent.Affective),
            Present(observation, EmpathyComponent.Concern),
            KeptBoundaries(observation));

    private ProfileDiagnosis Unclear(ProfileObservation observation)
    {
        List<ProfileReason> reasons =
        [
            .. AllComponents.Select(c => Describe(observation, c)),
            ProfileReason.ForBoundaries(
                observation.BoundaryKeeping,
                observation.BoundaryKeeping < _options.BoundariesKeptAtLeast ? ThresholdComparison.Below : ThresholdComparison.AtLeast,
                _options.BoundariesKeptAtLeast),
        ];
        return new ProfileDiagnosis { Profile = EmpathyProfile.Unclear, Confidence = 0, Reasons = reasons };
    }

    private ProfileReason Describe(ProfileObservation observation, EmpathyComponent component)
    {
        var value = observation.Levels[component];
        return value < _options.PresentAtLeast
            ? ProfileReason.ForLevel(component, value, ThresholdComparison.Below, _options.PresentAtLeast)
            : ProfileReason.ForLevel(component, value, ThresholdComparison.AtLeast, _options.PresentAtLeast);
    }

    private static ProfileDiagnosis? AllHold(EmpathyProfile profile, params Condition[] conditions)
    {
        if (!conditions.All(c => c.Holds))
        {
            return null;
        }

        return new ProfileDiagnosis
        {
            Profile = profile,
            Confidence = conditions.Min(c => c.Certainty),
            Reasons = [.. conditions.Select(c => c.Reason)],
        };
    }

    private Condition Weak(ProfileObservation observation, EmpathyComponent component) =>
        Below(ProfileReason.ForLevel(component, observation.Levels[component], ThresholdComparison.Below, _options.WeakBelow));

    private Condition Strong(ProfileObservation observation, EmpathyComponent component) =>
        AtLeast(ProfileReason.ForLevel(component, observation.Levels[component], ThresholdComparison.AtLeast, _options.StrongAtLeast));

    private Condition Present(ProfileObservation observation, EmpathyComponent component) =>
        AtLeast(ProfileReason.ForLevel(component, observation.Levels[component], ThresholdComparison.AtLeast, _options.PresentAtLeast));

    private Condition WeakBoundaries(ProfileObservation observation) =>
        Below(ProfileReason.ForBoundaries(observation.BoundaryKeeping, ThresholdComparison.Below, _options.BoundariesWeakBelow));

    private Condition KeptBoundaries(ProfileObservation observation) =>
        AtLeast(ProfileReason.ForBoundaries(observation.BoundaryKeeping, ThresholdComparison.AtLeast, _options.BoundariesKeptAtLeast));

    private Condition Below(ProfileReason reason)
    {
        var margin = reason.Threshold!.Value - reason.Value!.Value;
        return new Condition(margin > 0, Certainty(margin), reason);
    }

    private Condition AtLeast(ProfileReason reason)
    {
        var margin = reason.Value!.Value - reason.Threshold!.Value;
        return new Condition(margin >= 0, Certainty(margin), reason);
    }

    // 0.5 on the threshold itself, 1.0 once ConfidenceMargin points past it.
    private double Certainty(int pointsPast) =>
        0.5 + (0.5 * Math.Clamp((double)pointsPast / _options.ConfidenceMargin, 0, 1));

    private readonly record struct Condition(bool Holds, double Certainty, ProfileReason Reason);
}

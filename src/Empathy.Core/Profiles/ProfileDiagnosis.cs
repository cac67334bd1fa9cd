using Empathy.Core.Utils;

namespace Empathy.Core.Profiles;

/// <summary>
/// The result of reading a <see cref="ProfileObservation"/>: the profile, how sure the reading is,
/// and every reason behind it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares reasons by their items. A diagnosis is a heuristic reading meant for reflection and practice,
/// never a clinical assessment.
/// </remarks>
public sealed record ProfileDiagnosis
{
    /// <summary>The profile read.</summary>
    public required EmpathyProfile Profile { get; init; }

    /// <summary>For <see cref="EmpathyProfile.DryWell"/>, its origin as far as the signals tell; otherwise <see langword="null"/>.</summary>
    public DryWellOrigin? Origin { get; init; }

    /// <summary>
    /// How sure the reading is, from 0 to 1: 0.5 when a deciding value sits exactly on its threshold,
    /// rising to 1 as it moves <see cref="ProfileOptions.ConfidenceMargin"/> points past it.
    /// For <see cref="EmpathyProfile.Unclear"/> it is 0: no profile is claimed.
    /// </summary>
    public required double Confidence { get; init; }

    /// <summary>The levels, thresholds and signals that led to the profile, in the order they were checked.</summary>
    public required IReadOnlyList<ProfileReason> Reasons
    {
        get;
        init => field = Guard.List(value, nameof(Reasons));
    }

    /// <inheritdoc />
    public bool Equals(ProfileDiagnosis? other) =>
        other is not null
        && Profile == other.Profile
        && Origin == other.Origin
        && Confidence.Equals(other.Confidence)
        && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Origin, Confidence);

    /// <summary>A one-paragraph explanation: the profile, its confidence and its reasons.</summary>
    public string Explain()
    {
        var profile = Profile switch
        {
            EmpathyProfile.Balanced => "Balanced",
            EmpathyProfile.DryWell => "Dry well",
            EmpathyProfile.HuntingGround => "Hunting ground",
            EmpathyProfile.Flood => "Flood",
            EmpathyProfile.Performative => "Performative",
            _ => "Unclear",
        };
        var name = Origin switch
        {
            DryWellOrigin.Defensive => $"{profile} (defensive)",
            DryWellOrigin.Developmental => $"{profile} (developmental)",
            DryWellOrigin.Unknown => $"{profile} (origin unknown)",
            _ => profile,
        };
        var reasons = string.Join(" ", Reasons.Select(r => r.Explanation));
        return $"{name}, confidence {Confidence:0.00}. {reasons}";
    }
}

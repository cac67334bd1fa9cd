namespace Empathy.Core.Profiles;

/// <summary>Reads an empathy profile from levels, boundary keeping and signals.</summary>
public interface IProfileDiagnoser
{
    /// <summary>Diagnoses the profile that <paramref name="observation"/> shows.</summary>
    /// <param name="observation">The levels, boundary keeping and signals to read.</param>
    /// <returns>The profile with its confidence and reasons; <see cref="EmpathyProfile.Unclear"/> when nothing dominates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is <see langword="null"/>.</exception>
    ProfileDiagnosis Diagnose(ProfileObservation observation);
}

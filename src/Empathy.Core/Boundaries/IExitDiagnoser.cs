using Empathy.Core.Relationships;

namespace Empathy.Core.Boundaries;

/// <summary>Reads the exit signal from a relationship's check-ins.</summary>
public interface IExitDiagnoser
{
    /// <summary>Diagnoses whether <paramref name="record"/> shows continuous depletion despite adjustments, as of <paramref name="now"/>.</summary>
    /// <param name="record">The relationship's dated check-ins; check-ins after <paramref name="now"/> are ignored.</param>
    /// <param name="now">The moment of the reading.</param>
    /// <returns>The diagnosis with one reason per <see cref="ExitCondition"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    ExitDiagnosis Diagnose(Relationship record, DateTimeOffset now);
}

using Empathy.Core.Relationships;

namespace Empathy.Core.Connection;

/// <summary>Reads how a relationship stands: its connection score and how recent the last contact is.</summary>
public interface IConnectionDiagnoser
{
    /// <summary>Diagnoses <paramref name="relationship"/> at <paramref name="now"/>: a pure function of the record and the moment.</summary>
    /// <param name="relationship">The relationship; interactions after <paramref name="now"/> are ignored.</param>
    /// <param name="now">The moment of the reading.</param>
    /// <returns>The score, the contact status and the reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relationship"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The relationship's ideal window is longer than its maximum gap.</exception>
    ConnectionDiagnosis Diagnose(Relationship relationship, DateTimeOffset now);
}

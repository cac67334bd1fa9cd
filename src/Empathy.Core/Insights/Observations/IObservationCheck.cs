namespace Empathy.Core.Insights.Observations;

/// <summary>
/// Checks the "what happened" layer of a journal entry (the excavated artifacts) for interpretation
/// where an observation belongs: intent and mind reading, generalising absolutes, judgement labels,
/// faux feelings, fortune telling, catastrophising and blame. Quoted and reported speech is not flagged.
/// </summary>
public interface IObservationCheck
{
    /// <summary>Checks a text.</summary>
    /// <param name="text">What happened, as written.</param>
    /// <returns>The findings and, when there are any, the camera-test hint. A clean text allocates nothing.</returns>
    ObservationCheckResult Check(ReadOnlySpan<char> text);
}

namespace Empathy.Core.Critic;

/// <summary>A thought recognised as the inner critic speaking, and the words that showed it.</summary>
/// <param name="CriticName">The name of the critic the thought is attributed to.</param>
/// <param name="Phrase">The typical phrase that matched.</param>
/// <param name="Start">Where the phrase starts in the thought (a character index).</param>
/// <param name="Length">How many characters matched.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CriticAttribution(string CriticName, string Phrase, int Start, int Length)
{
    /// <summary>The sentence to say to oneself: "&lt;name&gt; is on duty again".</summary>
    public string Reminder => $"{CriticName} is on duty again.";
}

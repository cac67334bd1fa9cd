using Empathy.Core.Journal;

namespace Empathy.Core.Insights.Crisis;

/// <summary>
/// Looks for words that suggest self-harm or suicide in any text or in every layer of a journal
/// entry, raising a <see cref="CrisisSignal"/> for the host app. The other checks run the same
/// rules on the text they are given.
/// </summary>
public interface ICrisisDetector
{
    /// <summary>Checks one text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">Where the text came from, recorded on the signal.</param>
    /// <returns>The signal, or <see langword="null"/> when the text has no crisis words (then nothing is allocated).</returns>
    CrisisSignal? Detect(ReadOnlySpan<char> text, InsightSource source = InsightSource.Text);

    /// <summary>Checks every layer of a journal entry: what happened, each automatic thought, each body sensation, what I did.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>One signal per text with crisis words; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    IReadOnlyList<CrisisSignal> Detect(JournalEntry entry);

    /// <summary>
    /// Every crisis phrase in a text with its scope (who, negated, when, sentence), including those
    /// that do not raise a signal; tells no sink.
    /// </summary>
    /// <param name="text">The text.</param>
    IReadOnlyList<CrisisMention> Mentions(ReadOnlySpan<char> text);
}

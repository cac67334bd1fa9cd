namespace Empathy.Core.Insights.Text;

/// <summary>
/// The interjections that may open a text and be set off from it by punctuation ("Oh, me too",
/// "Sí, igual"). The mark after one is read as if it were not there, so a phrase that starts with the
/// interjection ("oh me too") matches with the comma as without it, and the words after it still open
/// the text. A sentence's end after the interjection ("Oh. Me too.") is left as it is.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
internal sealed class LeadingInterjections
{
    // Each interjection as its words' ids, longest first, so "oh my god," is taken before "oh".
    private readonly int[][] _sequences;

    /// <param name="sequences">Each interjection's word ids (none of them 0: every word of one is known).</param>
    public LeadingInterjections(IEnumerable<int[]> sequences)
    {
        _sequences = [.. sequences.Where(s => s.Length > 0).OrderByDescending(s => s.Length)];
    }

    /// <summary>No interjections: <see cref="Join"/> changes nothing.</summary>
    public static LeadingInterjections None { get; } = new([]);

    /// <summary>How many interjections there are.</summary>
    public int Count => _sequences.Length;

    /// <summary>
    /// Clears the break before the first word after a leading interjection that punctuation sets off.
    /// </summary>
    /// <returns>The number of tokens the interjection holds, or 0 when the text opens with none set off.</returns>
    public int Join(Span<Token> tokens)
    {
        foreach (var sequence in _sequences)
        {
            var length = sequence.Length;
            if (tokens.Length <= length || !Opens(tokens, sequence))
            {
                continue;
            }

            ref var next = ref tokens[length];
            if (!next.Has(TokenFlags.BreakBefore) || next.Has(TokenFlags.SentenceBefore))
            {
                // Not set off ("oh my god" read as "oh" then "my"), or a sentence of its own.
                continue;
            }

            next.Flags &= ~TokenFlags.BreakBefore;
            return length;
        }

        return 0;
    }

    // Whether the text's first words are the interjection's, with no break inside it.
    private static bool Opens(ReadOnlySpan<Token> tokens, int[] sequence)
    {
        for (var k = 0; k < sequence.Length; k++)
        {
            if (tokens[k].Id != sequence[k] || (k > 0 && tokens[k].Has(TokenFlags.BreakBefore)))
            {
                return false;
            }
        }

        return true;
    }
}

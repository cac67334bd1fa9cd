namespace Empathy.Evaluation.Checks;

/// <summary>
/// The kinds of crisis mention the check saw in one text, whether or not they raised the flag: the
/// runner counts them on the misses, so "N of M misses hold no wording the check could see" is a
/// measurement. A mention can be of several kinds at once (negated and in the past).
/// </summary>
[Flags]
internal enum CrisisMentionKinds
{
    /// <summary>No crisis phrase at all, of any scope.</summary>
    None = 0,

    /// <summary>A current, non-negated phrase about the writer: one that raises the flag.</summary>
    Raising = 1,

    /// <summary>About another person ("my friend wants to die").</summary>
    Another = 2,

    /// <summary>Addressed to the reader ("if you ever want to end it, call me").</summary>
    Reader = 4,

    /// <summary>A topic with no one named ("suicidal thoughts are common").</summary>
    Unnamed = 8,

    /// <summary>Negated ("I have never wanted to die").</summary>
    Negated = 16,

    /// <summary>Told in the past ("years ago I wanted to die").</summary>
    Past = 32,

    /// <summary>About the writer, not negated, in the past: what the history reading counts beside the flag.</summary>
    WriterPast = 64,
}

namespace Empathy.Evaluation.Scoring;

/// <summary>One miss or false alarm, for reading what a check gets wrong.</summary>
/// <param name="Kind"><c>miss</c> or <c>false alarm</c>.</param>
/// <param name="Line">The item's line in its file.</param>
/// <param name="Label">The item's label.</param>
/// <param name="Fired">The rules that fired (for a miss: evidence that did not count; often none).</param>
/// <param name="Text">The item's text, shortened to <see cref="MaxTextLength"/> characters.</param>
internal sealed record ErrorLine(string Kind, int Line, string Label, IReadOnlyList<string> Fired, string Text)
{
    /// <summary>How much of a text an error line shows (user histories run to thousands of characters).</summary>
    public const int MaxTextLength = 240;

    /// <summary>A text as an error line shows it.</summary>
    public static string Shorten(string text) =>
        text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength), $"… ({text.Length} chars)");
}

namespace Empathy.Evaluation.Data;

/// <summary>One line of a labelled data file: <c>class:subtype&lt;TAB&gt;text</c>.</summary>
/// <param name="LineNumber">The line's number in its file, from 1.</param>
/// <param name="Class">What the item is scored as: the check's positive class or another (negative) class.</param>
/// <param name="Subtype">The source's own label, kept for reading the figures per subtype.</param>
/// <param name="Text">The text the check reads.</param>
internal sealed record LabelledItem(int LineNumber, string Class, string Subtype, string Text)
{
    /// <summary>The label as written in the file.</summary>
    public string Label => Class + ":" + Subtype;
}

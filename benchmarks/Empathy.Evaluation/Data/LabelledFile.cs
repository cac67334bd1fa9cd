namespace Empathy.Evaluation.Data;

/// <summary>A labelled data file, read whole.</summary>
/// <param name="Name">The file name (without folder), which also says which check it measures.</param>
/// <param name="Items">The items in file order.</param>
internal sealed record LabelledFile(string Name, IReadOnlyList<LabelledItem> Items);

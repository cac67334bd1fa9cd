namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Where a token sits in a pack file: its character offset and length, and its 1-based line and
/// column (counted in UTF-16 characters, a byte order mark not counted). Tokens never span lines.
/// </summary>
internal readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
{
    /// <summary>The start of a file.</summary>
    public static SourceSpan Start => new(0, 0, 1, 1);
}

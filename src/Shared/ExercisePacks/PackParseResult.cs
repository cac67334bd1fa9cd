namespace Empathy.Shared.ExercisePacks;

/// <summary>The outcome of parsing one pack file: the pack when it has no errors, and every problem found.</summary>
internal sealed record PackParseResult(PackSpec? Spec, EquatableArray<PackProblem> Problems)
{
    /// <summary>A file that yields no pack, for the one problem that stopped it.</summary>
    public static PackParseResult Failed(PackProblem problem) => new(null, new EquatableArray<PackProblem>(new[] { problem }));
}

namespace Empathy.Shared.ExercisePacks;

/// <summary>One pack file, read on its own: its name and what parsing it found.</summary>
internal sealed record ParsedPackFile(PackFileName Name, PackParseResult Result)
{
    /// <summary>A file that could not be parsed (unreadable, a bad culture in its name, a bug), for the one problem that says why.</summary>
    public static ParsedPackFile Failed(PackFileName name, PackProblem problem) => new(name, PackParseResult.Failed(problem));
}

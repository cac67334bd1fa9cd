namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// One pack ready to be generated or loaded: its base file merged with its locale variants, and
/// every problem found in any of them. <see cref="Spec"/> is <see langword="null"/> when there is an error.
/// </summary>
internal sealed record PackUnit(string Path, PackSpec? Spec, EquatableArray<PackProblem> Problems)
{
    public bool HasErrors => PackProblem.AnyError(Problems);
}

using Empathy.Shared.ExercisePacks;

namespace Empathy.Core.Generators.Model;

/// <summary>
/// What the generator adds for one pack: a source file (none when the pack has an error) and the
/// problems to report. Plain equatable data, so an unchanged pack is not emitted again.
/// </summary>
internal sealed record PackOutput(string HintName, string? Source, EquatableArray<PackProblem> Problems);

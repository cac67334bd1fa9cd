using System.Collections.Generic;

namespace Empathy.Shared.ExercisePacks;

/// <summary>Collects the problems found in one pack file, and whether any of them is an error.</summary>
internal sealed class PackProblemCollector
{
    private readonly string? _path;
    private readonly List<PackProblem> _problems = new();

    public PackProblemCollector(string? path) => _path = path;

    /// <summary>Whether an error (not only warnings) was reported.</summary>
    public bool HasErrors { get; private set; }

    public void Report(string id, SourceSpan span, params string[] arguments)
    {
        _problems.Add(PackProblem.Create(id, _path, span, arguments));
        HasErrors |= !PackRules.IsWarning(id);
    }

    /// <summary>The result of the parse: <paramref name="spec"/> only when no error was reported.</summary>
    public PackParseResult Result(PackSpec? spec) =>
        new(HasErrors ? null : spec, new EquatableArray<PackProblem>(_problems.ToArray()));
}

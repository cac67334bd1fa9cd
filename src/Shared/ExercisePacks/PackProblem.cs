using System;
using System.Collections.Generic;
using System.Globalization;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// One problem found in a pack file: a rule id from <see cref="PackRules"/>, the arguments of its
/// message, and where it is. Plain equatable data, so the generator can cache it.
/// </summary>
internal sealed record PackProblem(string Id, string? Path, SourceSpan Span, EquatableArray<string> Arguments)
{
    public bool IsWarning => PackRules.IsWarning(Id);

    /// <summary>The message, formatted the same way the compiler formats the diagnostic.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, PackRules.MessageFormat(Id), ToObjects());

    public static PackProblem Create(string id, string? path, SourceSpan span, params string[] arguments) =>
        new(id, path, span, new EquatableArray<string>(arguments));

    /// <summary>The problem that stands for a bug in this code, so that a pack never crashes its host.</summary>
    public static PackProblem Unexpected(string? path, Exception error) =>
        Create(PackRules.UnexpectedError, path, SourceSpan.Start, error.GetType().Name + ": " + error.Message);

    /// <summary>Whether any of <paramref name="problems"/> is an error rather than a warning.</summary>
    public static bool AnyError(IEnumerable<PackProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (!problem.IsWarning)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments as the object array that message formatting wants.</summary>
    public object[] ToObjects()
    {
        var objects = new object[Arguments.Count];
        for (var i = 0; i < objects.Length; i++)
        {
            objects[i] = Arguments[i];
        }

        return objects;
    }
}

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

    /// <summary>
    /// The problem that stands for a bug in this code, so that a pack never crashes its host. It says
    /// what was being done (<paramref name="stage"/>, one of <see cref="Stage"/>) and the error's own
    /// words, never the .NET type of the error: pack authors read it.
    /// </summary>
    public static PackProblem Unexpected(string? path, Exception error, string stage)
    {
        var detail = (error.Message ?? string.Empty).Trim().TrimEnd('.');
        return Create(PackRules.UnexpectedError, path, SourceSpan.Start, detail.Length == 0 ? "no detail was given" : detail, stage);
    }

    /// <summary>What was being done with a pack when an unexpected error stopped it, as the message says it.</summary>
    public static class Stage
    {
        public const string Reading = "read";
        public const string Checking = "checked";
        public const string ComparingVariant = "compared with its base pack";
        public const string Assembling = "put together with the other pack files of the project";
        public const string Generating = "turned into C#";
        public const string Adding = "added to the build";
    }

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

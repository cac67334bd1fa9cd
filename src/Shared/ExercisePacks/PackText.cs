using System.Globalization;

namespace Empathy.Shared.ExercisePacks;

/// <summary>How problem messages write numbers, indexed members and sentence starts, the same everywhere.</summary>
internal static class PackText
{
    /// <summary>A number as written in messages (invariant culture).</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a pack that names no namespace is in, as problem messages name it.</summary>
    public const string DefaultNamespace = "the default namespace (EmpathyExercisePacksNamespace, else <RootNamespace>.Exercises); set \"namespace\" in the pack";

    /// <summary>An array item named by its index: <c>steps[2]</c>.</summary>
    public static string Indexed(string name, int index) => name + "[" + Number(index) + "]";

    /// <summary>A context that starts a sentence: <c>exercise 'x'</c> becomes <c>Exercise 'x'</c>.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}

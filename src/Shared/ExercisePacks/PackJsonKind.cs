namespace Empathy.Shared.ExercisePacks;

/// <summary>The kind of a JSON value.</summary>
internal enum PackJsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

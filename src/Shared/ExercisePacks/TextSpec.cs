namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// A text of a pack: the base file's text, and its translations from locale variant files
/// (in the order of the variants' culture names).
/// </summary>
internal sealed record TextSpec(string Invariant, EquatableArray<TextTranslation> Translations)
{
    public static TextSpec Of(string invariant) => new(invariant, EquatableArray<TextTranslation>.Empty);
}

namespace Empathy.Shared.ExercisePacks;

/// <summary>A translation of one text into one culture.</summary>
internal sealed record TextTranslation(string Culture, string Text);

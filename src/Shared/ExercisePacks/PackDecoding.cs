namespace Empathy.Shared.ExercisePacks;

/// <summary>What <see cref="PackEncoding.Decode"/> made of a file's bytes: its text, or why it has none.</summary>
internal sealed record PackDecoding(string? Text, string? Error, SourceSpan ErrorSpan)
{
    public static PackDecoding Decoded(string text) => new(text, null, SourceSpan.Start);

    public static PackDecoding Refused(string error, SourceSpan span) => new(null, error, span);
}

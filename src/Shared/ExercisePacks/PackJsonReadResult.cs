namespace Empathy.Shared.ExercisePacks;

/// <summary>The outcome of <see cref="PackJsonReader.Read"/>: the root value, or the first syntax error.</summary>
internal sealed class PackJsonReadResult
{
    private PackJsonReadResult(PackJsonValue? root, string? error, SourceSpan errorSpan)
    {
        Root = root;
        Error = error;
        ErrorSpan = errorSpan;
    }

    public PackJsonValue? Root { get; }

    public string? Error { get; }

    public SourceSpan ErrorSpan { get; }

    public static PackJsonReadResult Success(PackJsonValue root) => new(root, null, default);

    public static PackJsonReadResult Failure(string error, SourceSpan span) => new(null, error, span);
}

namespace Empathy.Shared.ExercisePacks;

/// <summary>One <c>"name": value</c> pair of a JSON object.</summary>
internal sealed class PackJsonMember
{
    public PackJsonMember(string name, SourceSpan nameSpan, PackJsonValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public SourceSpan NameSpan { get; }

    public PackJsonValue Value { get; }
}

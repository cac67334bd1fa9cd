namespace Empathy.Core.Tests.Architecture.Fixtures.Captured;

/// <summary>Names a type through <c>typeof</c>, as <c>[JsonConverter(typeof(X))]</c> does.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class OwnerAttribute(Type owner) : Attribute
{
    public Type Owner { get; } = owner;
}

namespace Empathy.Core.Tests.Architecture.Fixtures.Calling;

/// <summary>Uses <c>Called</c> only inside a method body: no signature names it.</summary>
internal sealed class Caller
{
    public static Leaf.Mark Describe() => new(new Called.Callee().ToString()!);
}

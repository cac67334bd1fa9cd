namespace Empathy.Core.Tests.Architecture.Fixtures.Captured;

/// <summary>Names <c>Capturing</c> in an attribute, closing a cycle that only a lambda shows.</summary>
[Owner(typeof(Capturing.Capture))]
internal sealed class Target(int number)
{
    public int Number { get; } = number;
}

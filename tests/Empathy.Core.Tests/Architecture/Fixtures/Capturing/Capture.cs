namespace Empathy.Core.Tests.Architecture.Fixtures.Capturing;

/// <summary>Uses <c>Captured</c> only inside a lambda, which the compiler moves to a generated closure type.</summary>
internal static class Capture
{
    public static Func<string> Later(int number) => () => new Captured.Target(number).ToString()!;
}

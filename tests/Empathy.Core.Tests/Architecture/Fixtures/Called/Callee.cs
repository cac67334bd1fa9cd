namespace Empathy.Core.Tests.Architecture.Fixtures.Called;

/// <summary>Names <c>Calling</c> in its signature, closing a cycle that only a body shows.</summary>
internal sealed class Callee
{
    public Calling.Caller? Owner { get; init; }
}

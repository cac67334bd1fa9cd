namespace Empathy.Core.Tests.Architecture.Fixtures.Leaf;

/// <summary>Used one way only: in no cycle.</summary>
internal sealed record Mark(string Text);

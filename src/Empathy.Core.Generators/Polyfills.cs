// netstandard2.0 lacks the types behind some C# features; the compiler only needs them to exist.
// PolySharp would supply these; it is not available here, so they are written out by hand.

namespace System.Runtime.CompilerServices
{
    /// <summary>Lets records and init accessors compile for netstandard2.0.</summary>
    internal static class IsExternalInit
    {
    }
}

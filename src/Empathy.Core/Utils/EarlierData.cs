namespace Empathy.Core.Utils;

/// <summary>
/// Marks, on the current thread, that data written earlier is being read (a stored entry or record, an export
/// document), so that a length limit added after it was written lets it load unchanged: nothing already saved is
/// lost. Creating a model in code, or reading anything else (a request body, a document a host reads itself), is
/// outside any such scope and meets every limit.
/// </summary>
/// <remarks>
/// Thread-static, not async-local: every reader that opens a scope reads synchronously inside it (a stream is
/// read whole first), so a scope never spans an await and never leaks to other work on the thread.
/// </remarks>
internal static class EarlierData
{
    [ThreadStatic]
    private static int t_depth;

    /// <summary>Whether a reader of earlier data is running on this thread.</summary>
    public static bool IsBeingRead => t_depth > 0;

    /// <summary>Opens a scope for the reading that follows; dispose it (a <see langword="using"/>) when the read is done.</summary>
    public static Scope Reading()
    {
        t_depth++;
        return default;
    }

    /// <summary>The open scope; a struct, so a read allocates nothing for it.</summary>
    internal readonly struct Scope : IDisposable
    {
        /// <summary>Closes the scope.</summary>
        public void Dispose() => t_depth--;
    }
}

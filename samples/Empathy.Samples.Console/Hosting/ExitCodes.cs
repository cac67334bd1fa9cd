namespace Empathy.Samples.Console.Hosting;

/// <summary>The process exit codes of <c>empathy</c>: part of its scriptable contract.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad usage or bad input: an unknown command, a missing argument, a value out of range. The message names the problem.</summary>
    public const int BadInput = 1;

    /// <summary>The journal store could not be opened, read or written, or the passphrase (key) was refused.</summary>
    public const int StorageOrKey = 2;

    /// <summary>Something the program did not expect: a bug, never the user's mistake.</summary>
    public const int Unexpected = 3;

    /// <summary>
    /// Stored data failed its integrity check: a record, the journal as a whole, or the stored key was
    /// changed outside the program. Nothing of it is shown; the rest stays readable.
    /// </summary>
    public const int Tampered = 4;

    /// <summary>The disk (or quota) is full: the write was stopped, and the message says how much was kept.</summary>
    public const int StorageFull = 5;

    /// <summary>A deletion is done and durable, but another process holds the journal open, so the old bytes are not yet erased from disk.</summary>
    public const int EraseIncomplete = 6;

    /// <summary>The user interrupted the command (Ctrl+C).</summary>
    public const int Interrupted = 130;
}

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// A failure the user can act on. It is reported as one line, <c>empathy: &lt;message&gt;</c>, with its
/// <see cref="ExitCode"/> and never a stack trace.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>A failure with the given exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="exitCode">The process exit code.</param>
    /// <param name="message">What failed, never any private text.</param>
    /// <param name="inner">The exception behind it.</param>
    public CliException(int exitCode, string message, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The process exit code to return (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; }

    /// <summary>Bad usage or input (exit code 1); <paramref name="message"/> names the problem.</summary>
    public static CliException BadInput(string message, Exception? inner = null) => new(ExitCodes.BadInput, message, inner);

    /// <summary>A storage or key failure (exit code 2); <paramref name="message"/> says what failed, never any private text.</summary>
    public static CliException StorageOrKey(string message, Exception? inner = null) => new(ExitCodes.StorageOrKey, message, inner);
}

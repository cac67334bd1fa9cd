namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>
/// The browser the browser tests drive: Debian's chromium (or any Chromium build), named by the
/// EMPATHY_TEST_CHROMIUM variable that ./test.sh sets. Playwright launches it by its path, so no
/// <c>playwright install</c> and no browser download is needed.
/// </summary>
public static class Chromium
{
    /// <summary>The variable that names the browser's executable.</summary>
    public const string Variable = "EMPATHY_TEST_CHROMIUM";

    /// <summary>The executable's path, or null when the variable is unset (the tests then report themselves skipped).</summary>
    public static string? ExecutablePath { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;

    /// <summary>Why the browser tests did not run.</summary>
    public const string MissingReason =
        Variable + " is not set: set it to a Chromium executable (./test.sh installs Debian's chromium and sets it) to run the browser tests.";

    /// <summary>
    /// The switches the browser starts with: no sandbox (test containers often run as root, where
    /// Chromium's sandbox refuses to start), no GPU, and no calls home (the machine has no network).
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];
}

using System.Runtime.CompilerServices;

namespace Empathy.Tests.Shared;

/// <summary>
/// A tiny snapshot helper (Verify is not available to this project): compares text with a file
/// checked in beside the test, writes a <c>.received</c> file on mismatch, and rewrites the approved
/// file instead when the environment variable <c>EMPATHY_APPROVE=1</c> is set.
/// </summary>
public static class ApprovedFile
{
    public static void Verify(string actual, string approvedFileName, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.GetDirectoryName(callerPath)!;
        var approvedPath = Path.Combine(directory, approvedFileName);
        var receivedPath = Path.ChangeExtension(approvedPath, ".received" + Path.GetExtension(approvedPath));
        actual = actual.ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("EMPATHY_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual);
        var firstDifference = FirstDifferentLine(approved, actual);
        Xunit.Assert.Fail(
            $"{approvedFileName} does not match. First difference: {firstDifference}. " +
            $"Compare with {receivedPath}; if the change is deliberate, run the tests with EMPATHY_APPROVE=1 and commit the file.");
    }

    private static string FirstDifferentLine(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: approved '{left}', actual '{right}'";
            }
        }

        return "none";
    }
}

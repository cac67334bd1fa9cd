using System.Diagnostics;

namespace Empathy.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>Restarts the test cluster with pg_ctl (as user <c>postgres</c> when the tests run as root, as ./test.sh starts it).</summary>
internal static class PostgresControl
{
    public static async Task RestartAsync()
    {
        var pgCtl = Path.Combine(PostgresServer.BinFolder!, "pg_ctl");
        var data = PostgresServer.DataFolder!;

        // The server's output goes to a log beside the cluster, never to this process's pipes (which close when it ends).
        var log = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data))!, "server.log");
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : pgCtl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var arguments = asRoot ? new List<string> { "-u", "postgres", "--", pgCtl } : [];
        arguments.AddRange(["-D", data, "-l", log, "-m", "fast", "-w", "-t", "60", "restart"]);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_ctl restart failed ({process.ExitCode}): {await output} {await errors}");
    }
}

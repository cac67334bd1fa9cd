using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>The built site started as its own process (<c>dotnet Empathy.Samples.Web.dll</c>), as a person starts it.</summary>
public static class SiteProcess
{
    /// <summary>The site's dll in its build output folder.</summary>
    public static string DllPath { get; } =
        typeof(SiteProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebHostPath").Value!;

    /// <summary>How to start the site from <paramref name="workingDirectory"/> with <paramref name="arguments"/>, in Production, with no store settings from the test's environment.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ConnectionStrings__Empathy");
        start.Environment.Remove("Empathy__Store");
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("DOTNET_CONTENTROOT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>Starts the site and waits (at most a minute) for it to end: its exit code, and what it wrote to standard error, then to standard output.</summary>
    public static async Task<(int ExitCode, string Errors)> RunToEndAsync(string workingDirectory, IEnumerable<string> arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The site did not stop within a minute: {await output} {await errors}");
        }

        return (process.ExitCode, await errors + await output);
    }

    /// <summary>
    /// Starts the site listening on <paramref name="baseAddress"/> and waits (at most a minute) until it answers
    /// <c>/api/ping</c>; the caller kills the process. Fails with what the site wrote when it ends first.
    /// </summary>
    public static async Task<Process> StartServingAsync(string workingDirectory, Uri baseAddress, IEnumerable<string> arguments)
    {
        var process = Process.Start(StartInfo(workingDirectory, ["--urls", baseAddress.ToString().TrimEnd('/'), .. arguments]))!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"The site ended (exit code {process.ExitCode}) before it served: {await errors}");
            }

            try
            {
                if ((await client.GetAsync("/api/ping")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        process.Kill(entireProcessTree: true);
        Assert.Fail("The site did not answer within a minute.");
        return process;
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
